// Search and sharing, per edition, as built: the sub-path build (made with
// PUBLIC_ORIGIN = the origin it is served at, npm run build:subpath) must carry
// absolute canonical, hreflang, og:url and og:image tags pointing at its own
// edition, a share card that is a 1200×630 PNG, NewsArticle JSON-LD with the
// source page's reporters, a sitemap and robots.txt; the main build (no
// PUBLIC_ORIGIN) must carry none of the URL tags, rather than relative ones.
// These read files and headers only, so they run once (@phone).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';
import { SUBPATH_BASE, SUBPATH_DIR, subpathOrigin } from '../support/subpath';
import { copyFor } from '$content/index';
import { plainCopy } from '$lib/format/copy';
import type { Lang } from '$lib/i18n';

const REPO = resolve(import.meta.dirname, '../..');
const SITE = `${subpathOrigin()}${SUBPATH_BASE}/`;
const EDITIONS: { lang: Lang; path: string; tag: string; locale: string }[] = [
	{ lang: 'en', path: '', tag: 'en', locale: 'en_GB' },
	{ lang: 'zh', path: 'zh/', tag: 'zh-CN', locale: 'zh_CN' }
];

function html(dir: string, path: string): string {
	const file = resolve(REPO, dir, path, 'index.html');
	expect(existsSync(file), `${dir}/${path}index.html is missing: build first`).toBe(true);
	return readFileSync(file, 'utf8');
}

/** The head's <meta> values by name or property, and its <link>s. */
function head(page: string) {
	const inHead = page.slice(0, page.indexOf('</head>'));
	const attrs = (tag: string) =>
		Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
	const meta: Record<string, string[]> = {};
	for (const m of inHead.matchAll(/<meta [^>]*>/g)) {
		const a = attrs(m[0]);
		const key = a.property ?? a.name;
		if (key && a.content !== undefined) (meta[key] ??= []).push(a.content.replace(/&amp;/g, '&'));
	}
	const links = [...inHead.matchAll(/<link [^>]*>/g)].map((m) => attrs(m[0]));
	const ld = [...inHead.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
		(m) => JSON.parse(m[1] ?? '') as Record<string, unknown>
	);
	return { meta, links, ld, one: (key: string) => meta[key]?.[0] };
}

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk header). */
function pngSize(bytes: Buffer): [number, number] {
	expect(bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))).toBe(true);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test.beforeAll(() => {
	const robots = resolve(REPO, SUBPATH_DIR, 'robots.txt');
	expect(existsSync(robots), `${SUBPATH_DIR}/ is missing: run npm run build:subpath`).toBe(true);
	// The sub-path build's origin must be where it is served, or every URL below points elsewhere.
	expect(
		readFileSync(robots, 'utf8'),
		`${SUBPATH_DIR} was built for another origin: build it with E2E_SUBPATH_PORT=${new URL(SITE).port}`
	).toContain(`Sitemap: ${SITE}sitemap.xml`);
});

for (const { lang, path, tag, locale } of EDITIONS) {
	const copy = copyFor(lang);
	const title = plainCopy(copy.meta.title, lang);
	const url = `${SITE}${path}`;

	test(
		`/${path}: absolute tags for its own edition, with PUBLIC_ORIGIN`,
		{ tag: '@phone' },
		async ({ request }) => {
			const h = head(html(SUBPATH_DIR, path));
			expect(h.meta['description']).toEqual([plainCopy(copy.meta.description, lang)]);
			expect(h.one('og:title')).toBe(title);
			expect(h.one('og:type')).toBe('article');
			expect(h.one('og:url')).toBe(url);
			expect(h.one('og:locale')).toBe(locale);
			expect(h.meta['og:locale:alternate']).toEqual([lang === 'en' ? 'zh_CN' : 'en_GB']);
			expect(h.one('twitter:card')).toBe('summary_large_image');
			const image = `${SITE}${path}share.png`;
			expect(h.one('og:image')).toBe(image);
			expect(h.one('twitter:image')).toBe(image);
			expect([h.one('og:image:width'), h.one('og:image:height')]).toEqual(['1200', '630']);
			expect(h.one('og:image:alt')).toContain(lang === 'en' ? '174.2 billion yuan' : '1742亿元');
			expect(h.one('twitter:image:alt')).toBe(h.one('og:image:alt'));

			const canonical = h.links.filter((l) => l.rel === 'canonical');
			expect(canonical.map((l) => l.href)).toEqual([url]);
			const alternates = Object.fromEntries(
				h.links.filter((l) => l.rel === 'alternate').map((l) => [l.hreflang, l.href])
			);
			expect(alternates).toEqual({ en: SITE, 'zh-CN': `${SITE}zh/`, 'x-default': SITE });
			expect(tag).toBe(lang === 'en' ? 'en' : 'zh-CN');

			// The image the tags name is there, a 1200×630 PNG.
			const res = await request.get(image);
			expect(res.status(), image).toBe(200);
			expect(res.headers()['content-type']).toBe('image/png');
			expect(pngSize(await res.body())).toEqual([1200, 630]);
		}
	);

	test(`/${path}: NewsArticle JSON-LD with the source page's reporters`, { tag: '@phone' }, () => {
		const { ld } = head(html(SUBPATH_DIR, path));
		expect(ld).toHaveLength(1);
		const article = ld[0] as Record<string, unknown> & {
			isBasedOn: { author: { name: string }[] };
			image: { url: string };
		};
		expect(article['@type']).toBe('NewsArticle');
		expect(article.headline).toBe(title);
		expect(article.inLanguage).toBe(tag);
		expect(article.url).toBe(url);
		expect(article.image.url).toBe(`${SITE}${path}share.png`);
		expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(article.isBasedOn.author.map((a) => a.name)).toEqual(['赵童', '刘玉珮', '夏宇']);
		expect(article.publisher).toMatchObject({ '@type': 'Organization' });
	});

	test(
		`/${path} without PUBLIC_ORIGIN: no canonical, hreflang, og:url or image, relative or not`,
		{ tag: '@phone' },
		() => {
			const h = head(html('build', path));
			expect(
				h.links.filter((l) => ['canonical', 'alternate', 'sitemap'].includes(l.rel ?? ''))
			).toEqual([]);
			for (const key of ['og:url', 'og:image', 'twitter:image'])
				expect(h.meta[key], key).toBeUndefined();
			expect(h.one('og:title')).toBe(title);
			expect(h.one('twitter:card')).toBe('summary');
			expect(h.ld[0]?.url).toBeUndefined();
			expect(h.ld[0]?.headline).toBe(title);
		}
	);

	test(`/${path}flat/: not indexed, canonical to the story edition`, { tag: '@phone' }, () => {
		const sub = head(html(SUBPATH_DIR, `${path}flat/`));
		expect(sub.meta['robots']).toEqual(['noindex']);
		expect(sub.links.filter((l) => l.rel === 'canonical').map((l) => l.href)).toEqual([url]);
		const main = head(html('build', `${path}flat/`));
		expect(main.meta['robots']).toEqual(['noindex']);
		expect(main.links.filter((l) => l.rel === 'canonical')).toEqual([]);
	});
}

test(
	'sitemap.xml lists both editions with alternates; robots.txt names it',
	{ tag: '@phone' },
	async ({ request }) => {
		const robots = await request.get(`${SITE}robots.txt`);
		expect(robots.status()).toBe(200);
		const text = await robots.text();
		expect(text).toMatch(/^User-agent: \*$/m);
		const sitemapUrl = /^Sitemap: (\S+)$/m.exec(text)?.[1];
		expect(sitemapUrl).toBe(`${SITE}sitemap.xml`);

		const sitemap = await request.get(sitemapUrl ?? '');
		expect(sitemap.status()).toBe(200);
		const xml = await sitemap.text();
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/
		);
		expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
			SITE,
			`${SITE}zh/`
		]);
		for (const hreflang of ['en', 'zh-CN', 'x-default']) {
			expect(
				xml.match(new RegExp(`<xhtml:link rel="alternate" hreflang="${hreflang}" href="http`, 'g'))
			).toHaveLength(2);
		}

		// The main build has no origin: robots.txt without a Sitemap line, and no sitemap at all.
		expect(readFileSync(resolve(REPO, 'build/robots.txt'), 'utf8')).toBe(
			'User-agent: *\nAllow: /\n'
		);
		expect(existsSync(resolve(REPO, 'build/sitemap.xml'))).toBe(false);
	}
);

test(
	'every page links the favicon and the touch icon, which are there',
	{ tag: '@phone' },
	async ({ request }) => {
		for (const path of ['', 'zh/', 'flat/', 'present/', 'embed/story/']) {
			const icons = head(html(SUBPATH_DIR, path)).links.filter((l) => /icon/.test(l.rel ?? ''));
			expect(
				icons.map((l) => [l.rel, l.href]),
				path
			).toEqual([
				['icon', `${SUBPATH_BASE}/favicon.svg`],
				['apple-touch-icon', `${SUBPATH_BASE}/apple-touch-icon.png`]
			]);
		}
		const touch = await request.get(`${SITE}apple-touch-icon.png`);
		expect(pngSize(await touch.body())).toEqual([180, 180]);
	}
);
