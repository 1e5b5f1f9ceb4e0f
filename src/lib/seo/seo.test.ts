import { describe, expect, it } from 'vitest';
import { copyFor } from '$content/index';
import { htmlLang } from '$lib/i18n';
import { formatFact } from '$lib/format/number';
import { fact } from '$lib/data';
import { absoluteUrl, alternates, type SitePaths } from './urls';
import { newsArticle, scriptJson } from './jsonld';
import { storyHead, type HeadInput } from './tags';
import { robotsTxt, sitemapXml } from './sitemap';
import { cardText, shareAlt } from './card';
import { PUBLISHED, SOURCE_PAGE } from './site';

const BASE = '/graphics/2021/fuling';
const PATHS: SitePaths = {
	en: { story: `${BASE}/`, share: `${BASE}/share.png` },
	zh: { story: `${BASE}/zh/`, share: `${BASE}/zh/share.png` }
};
const ORIGIN = 'https://graphics.example.com';

const input = (lang: 'en' | 'zh', origin: string): HeadInput => ({
	lang,
	title: `Title ${lang}`,
	description: `Description ${lang}`,
	imageAlt: `Alt ${lang}`,
	origin,
	paths: PATHS
});
const metaOf = (head: ReturnType<typeof storyHead>) =>
	Object.fromEntries(head.meta.map((m) => [m.key, m.content]));

describe('absolute URLs', () => {
	it('joins the origin and a path under the base, or gives none without an origin', () => {
		expect(absoluteUrl(ORIGIN, `${BASE}/zh/`)).toBe(`${ORIGIN}${BASE}/zh/`);
		expect(absoluteUrl('', `${BASE}/zh/`)).toBeUndefined();
		expect(() => absoluteUrl(ORIGIN, 'zh/')).toThrow(/root-relative/);
	});

	it('lists every edition and x-default (English) as hreflang alternates', () => {
		expect(alternates(ORIGIN, PATHS, htmlLang)).toEqual([
			{ hreflang: 'en', href: `${ORIGIN}${BASE}/` },
			{ hreflang: 'zh-CN', href: `${ORIGIN}${BASE}/zh/` },
			{ hreflang: 'x-default', href: `${ORIGIN}${BASE}/` }
		]);
		expect(alternates('', PATHS, htmlLang)).toEqual([]);
	});
});

describe('the head', () => {
	it('with an origin: absolute canonical, og:url and image tags for the edition', () => {
		const head = storyHead(input('zh', ORIGIN));
		const meta = metaOf(head);
		expect(head.links.find((l) => l.rel === 'canonical')?.href).toBe(`${ORIGIN}${BASE}/zh/`);
		expect(head.links.filter((l) => l.rel === 'alternate')).toHaveLength(3);
		expect(meta['og:url']).toBe(`${ORIGIN}${BASE}/zh/`);
		expect(meta['og:image']).toBe(`${ORIGIN}${BASE}/zh/share.png`);
		expect(meta['twitter:image']).toBe(meta['og:image']);
		expect([meta['og:image:width'], meta['og:image:height']]).toEqual(['1200', '630']);
		expect(meta['og:image:alt']).toBe('Alt zh');
		expect(meta['twitter:card']).toBe('summary_large_image');
		expect([meta['og:locale'], meta['og:locale:alternate']]).toEqual(['zh_CN', 'en_GB']);
		expect(meta['og:title']).toBe('Title zh');
		expect(meta['description']).toBe('Description zh');
	});

	it('without an origin: no URL at all, but the tags that need none', () => {
		const head = storyHead(input('en', ''));
		const meta = metaOf(head);
		expect(head.links).toEqual([]);
		for (const key of ['og:url', 'og:image', 'twitter:image', 'og:image:alt']) {
			expect(meta[key], key).toBeUndefined();
		}
		expect(meta['og:title']).toBe('Title en');
		expect(meta['og:type']).toBe('article');
		expect(meta['twitter:card']).toBe('summary');
		expect(JSON.stringify(head)).not.toContain(BASE);
	});
});

describe('NewsArticle JSON-LD', () => {
	it('credits the desk as author and publisher and the page’s three reporters as its authors', () => {
		const doc = newsArticle({
			lang: 'en',
			inLanguage: 'en',
			headline: 'H',
			description: 'D',
			url: `${ORIGIN}/`
		});
		expect(doc).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'H',
			inLanguage: 'en',
			datePublished: PUBLISHED,
			publisher: { '@type': 'Organization', name: 'The data-graphics desk' },
			isBasedOn: { headline: '心系库区 倾情帮扶', datePublished: '2021' },
			url: `${ORIGIN}/`
		});
		const based = doc.isBasedOn as { author: { name: string }[] };
		expect(based.author.map((a) => a.name)).toEqual(['赵童', '刘玉珮', '夏宇']);
		expect(doc.image).toBeUndefined();
		expect(SOURCE_PAGE.reporters.map((r) => r.latin)).toEqual(['Zhao Tong', 'Liu Yupei', 'Xia Yu']);
	});

	it('dates are ISO dates, and the piece’s own is not before its source’s', () => {
		expect(PUBLISHED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(Number(PUBLISHED.slice(0, 4))).toBeGreaterThanOrEqual(Number(SOURCE_PAGE.year));
	});

	it('serialises so that no string can close the script element, and parses back the same', () => {
		const value = { headline: '</script><script>alert(1)</script> <!-- & \u2028' };
		const text = scriptJson(value);
		expect(text).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(text)).toEqual(value);
	});
});

describe('sitemap and robots', () => {
	it('lists both editions with absolute URLs and the full alternate set', () => {
		const xml = sitemapXml(ORIGIN, PATHS, htmlLang, '2026-01-02');
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
			`${ORIGIN}${BASE}/`,
			`${ORIGIN}${BASE}/zh/`
		]);
		expect(xml.match(/<xhtml:link rel="alternate" hreflang="zh-CN"/g)).toHaveLength(2);
		expect(xml.match(/<lastmod>2026-01-02<\/lastmod>/g)).toHaveLength(2);
		expect(() => sitemapXml('', PATHS, htmlLang, '2026-01-02')).toThrow(/PUBLIC_ORIGIN/);
	});

	it('robots.txt allows everything and names the sitemap only when there is one', () => {
		expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
		expect(robotsTxt(`${ORIGIN}/sitemap.xml`)).toContain(`\nSitemap: ${ORIGIN}/sitemap.xml\n`);
	});
});

describe('the share card’s words', () => {
	it('carry the headline figure as the formatter prints it, in each edition', () => {
		const en = cardText(copyFor('en'));
		const zh = cardText(copyFor('zh'));
		expect(en.bars.map((b) => `${b.num} ${b.unit}`)).toEqual([
			formatFact(fact('industrialOutput1997'), 'en'),
			formatFact(fact('industrialOutput2020'), 'en')
		]);
		expect(zh.bars.map((b) => `${b.num}${b.unit}`)).toEqual(['40.49亿元', '1742亿元']);
		expect(zh.bars.map((b) => b.year)).toEqual(['1997年', '2020年']);
		expect(en.multiple).toBe('43×');
		expect(zh.title).toBe('对口支援29年：官方数字里的涪陵');
		expect(shareAlt('en')).toContain('174.2 billion yuan');
		expect(shareAlt('zh')).toContain('1742亿元');
	});
});
