/**
 * sitemap.xml and robots.txt. A sitemap must list absolute URLs, so it is
 * written only when the public origin is known; robots.txt is always written
 * and names the sitemap only when there is one.
 */
import { LANGS } from '$lib/i18n';
import { absoluteUrl, alternates, type SitePaths } from './urls';

const xml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Both editions, each with the full hreflang set (itself, the other edition
 * and x-default) as xhtml:link alternates, and the last modification day.
 */
export function sitemapXml(
	origin: string,
	paths: SitePaths,
	tag: (lang: (typeof LANGS)[number]) => string,
	lastmod: string
): string {
	if (!origin) throw new Error('sitemapXml: a sitemap needs absolute URLs (PUBLIC_ORIGIN)');
	const links = alternates(origin, paths, tag)
		.map(
			(a) => `\t\t<xhtml:link rel="alternate" hreflang="${xml(a.hreflang)}" href="${xml(a.href)}"/>`
		)
		.join('\n');
	const urls = LANGS.map((lang) =>
		[
			'\t<url>',
			`\t\t<loc>${xml(absoluteUrl(origin, paths[lang].story) as string)}</loc>`,
			`\t\t<lastmod>${xml(lastmod)}</lastmod>`,
			links,
			'\t</url>'
		].join('\n')
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		''
	].join('\n');
}

/** Everything may be crawled; the pages that should not be indexed say so themselves. */
export function robotsTxt(sitemapUrl: string | undefined): string {
	const lines = ['User-agent: *', 'Allow: /'];
	if (sitemapUrl) lines.push('', `Sitemap: ${sitemapUrl}`);
	return lines.join('\n') + '\n';
}
