import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts/ids';
import { LANGS } from '$lib/i18n';
import { EMBED_TARGETS } from './paths';
import {
	EMBED_HEIGHTS,
	PYM_SRC,
	containerId,
	embedUrl,
	escapeAttr,
	jsString,
	plainSnippet,
	pymSnippet
} from './snippets';

const HOST = 'https://graphics.example.com';

describe('embedUrl', () => {
	it('joins origin, base path and the edition’s embed page', () => {
		expect(embedUrl(HOST, '', 'en', 'economy')).toBe(`${HOST}/embed/economy/`);
		expect(embedUrl(HOST, '/2021/fuling', 'zh', 'economy')).toBe(
			`${HOST}/2021/fuling/zh/embed/economy/`
		);
		expect(embedUrl(HOST, '', 'zh', 'story')).toBe(`${HOST}/zh/embed/story/`);
	});
});

describe('escaping', () => {
	it('writes every attribute-breaking character as an entity', () => {
		expect(escapeAttr(`a"b'c<d>e&f`)).toBe('a&quot;b&#39;c&lt;d&gt;e&amp;f');
		// An entity already in the text is kept as text, not decoded.
		expect(escapeAttr('&amp;')).toBe('&amp;amp;');
	});

	it('keeps a JavaScript string closed and the script element unbroken', () => {
		const s = jsString(`it's </script><!-- \\ "x" & y\nz\u2028`);
		expect(s).toBe(
			'\'it\\u0027s \\u003c/script\\u003e\\u003c!-- \\u005c "x" \\u0026 y\\u000az\\u2028\''
		);
		// What the browser reads back is the text itself.
		expect(new Function(`return ${s}`)()).toBe(`it's </script><!-- \\ "x" & y\nz\u2028`);
	});
});

describe('plainSnippet', () => {
	it('is the iframe of EMBED.md, attribute for attribute', () => {
		const url = `${HOST}/embed/economy/`;
		expect(plainSnippet({ target: 'economy', lang: 'en', title: 'Output, 1997–2020', url })).toBe(
			`<iframe src="${url}" title="Output, 1997–2020" width="100%" ` +
				`height="${EMBED_HEIGHTS.economy}" loading="lazy" style="border:0" allow="fullscreen"></iframe>`
		);
	});

	it('escapes the title and the URL', () => {
		const code = plainSnippet({
			target: 'where',
			lang: 'en',
			title: `"Fuling" & <b>Zhejiang</b>'s`,
			url: `${HOST}/a"b'<c>&d/embed/where/`
		});
		expect(code).toContain(
			'title="&quot;Fuling&quot; &amp; &lt;b&gt;Zhejiang&lt;/b&gt;&#39;s" width="100%"'
		);
		expect(code).toContain(`src="${HOST}/a&quot;b&#39;&lt;c&gt;&amp;d/embed/where/"`);
		// No tag leaks out of the values: only the iframe's own two tags open with '<'.
		expect(code.match(/</g)).toHaveLength(2);
	});
});

describe('pymSnippet', () => {
	const url = `${HOST}/zh/embed/economy/`;

	it('is a container, pym.js and a parent for that container', () => {
		expect(pymSnippet({ target: 'economy', lang: 'zh', title: '涪陵工业总产值', url })).toBe(
			[
				'<div id="fuling-embed-economy-zh"></div>',
				`<script src="${PYM_SRC}"></script>`,
				`<script>new pym.Parent('fuling-embed-economy-zh', '${url}', {title: '涪陵工业总产值'})</script>`
			].join('\n')
		);
	});

	it('tracks the host’s scroll, once a frame, for the story only', () => {
		const story = pymSnippet({
			target: 'story',
			lang: 'en',
			title: 'T',
			url: `${HOST}/embed/story/`
		});
		expect(story).toContain(
			`new pym.Parent('fuling-embed-story-en', '${HOST}/embed/story/', {trackscroll: true, scrollwait: 16, title: 'T'})`
		);
		expect(pymSnippet({ target: 'economy', lang: 'en', title: 'T', url })).not.toContain(
			'trackscroll'
		);
	});

	it('escapes the title and URL for the script, not as HTML', () => {
		const code = pymSnippet({
			target: 'money',
			lang: 'en',
			title: `Zhejiang's </script> "money" & more`,
			url: `${HOST}/x'y/embed/money/`
		});
		const script = code.split('\n')[2]!;
		expect(script).toBe(
			`<script>new pym.Parent('fuling-embed-money-en', '${HOST}/x\\u0027y/embed/money/', ` +
				`{title: 'Zhejiang\\u0027s \\u003c/script\\u003e "money" \\u0026 more'})</script>`
		);
		// Exactly the two script elements the code opens: the title closed none.
		expect(code.match(/<\/script>/g)).toHaveLength(2);
	});
});

describe('containerId', () => {
	it('is unique per target and edition, and a plain HTML id', () => {
		const ids = EMBED_TARGETS.flatMap((t) => LANGS.map((l) => containerId(t, l)));
		expect(new Set(ids).size).toBe(EMBED_TARGETS.length * LANGS.length);
		for (const id of ids) expect(id).toMatch(/^fuling-embed-[a-z-]+-(en|zh)$/);
		expect(containerId('known-years', 'zh')).toBe('fuling-embed-known-years-zh');
	});
});

describe('EMBED_HEIGHTS', () => {
	it('gives every chart and the story a whole-pixel height', () => {
		expect(Object.keys(EMBED_HEIGHTS).toSorted()).toEqual([...CHART_IDS, 'story'].toSorted());
		for (const h of Object.values(EMBED_HEIGHTS)) {
			expect(Number.isInteger(h) && h >= 200).toBe(true);
		}
	});
});
