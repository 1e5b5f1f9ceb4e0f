// Both editions with their hreflang alternates. A sitemap must list absolute
// URLs, so it is written only when PUBLIC_ORIGIN is set: the story's head then
// links it, which is how the prerenderer finds it. The parameter (params/sitemap.ts
// matches only "sitemap.xml") keeps it out of the entry '*', and svelte.config.js
// lets it go unseen when no page links it.
import { publicOrigin } from '$lib/embed/origin';
import { htmlLang } from '$lib/i18n';
import { sitePaths } from '$lib/seo/paths';
import { MODIFIED } from '$lib/seo/site';
import { sitemapXml } from '$lib/seo/sitemap';

export const prerender = true;

export function GET(): Response {
	return new Response(sitemapXml(publicOrigin, sitePaths(), htmlLang, MODIFIED), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
}
