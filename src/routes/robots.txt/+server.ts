// Everything may be crawled; the flat, embed and presentation pages carry
// noindex themselves. Names the sitemap when there is one (PUBLIC_ORIGIN set).
// Crawlers read robots.txt only at a site's root: under BASE_PATH, copy the
// Sitemap line into the root robots.txt of the site (README, Deploy).
import { publicOrigin } from '$lib/embed/origin';
import { absoluteUrl } from '$lib/seo/urls';
import { robotsTxt } from '$lib/seo/sitemap';
import { resolve } from '$app/paths';

export const prerender = true;

export function GET(): Response {
	if (!publicOrigin) {
		// Once per build: this file is prerendered once.
		console.warn(
			'\n\u26a0 PUBLIC_ORIGIN is not set: the story pages have no canonical, hreflang, og:url or ' +
				'og:image tags, there is no sitemap.xml, and the embed codes are written in the browser. ' +
				'Set it for a production build, e.g. PUBLIC_ORIGIN=https://graphics.example.com (README).\n'
		);
	}
	const sitemap = absoluteUrl(publicOrigin, resolve('/sitemap.xml'));
	return new Response(robotsTxt(sitemap), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
