// Every number a reader sees must trace to the data module: a figure's value
// (as the one formatter prints it, in that edition) or a tested derived
// value. This reads the prerendered HTML of both editions with JavaScript
// off, so it checks exactly what ships, chart labels and aria-labels included.
//
// Excepted, and only these:
//   - years of the story's dated events (YEARS below);
//   - the month and day of the two dated events (DATES below);
//   - axis ticks and scale ends ([data-tick]): d3's tick function picks them;
//   - the page's own wording quoted in the methods table ([data-source-quote]),
//     which data.test.ts checks against the scanned page.
//
// The HTML is the same at every window size, so these run once (@phone).
import { expect, test } from './support/fixtures';
import { drawnThrough } from './support/ready';
import { FACTS } from '$lib/data';
import { DERIVED, type DerivedId } from '$lib/data/derive';
import { formatCount, formatDerived, formatFact, moneyParts } from '$lib/format/number';
import type { Lang } from '$lib/i18n';

const YEARS = ['1992', '1994', '1997', '2014', '2018', '2019', '2020', '2021'];

/** Dated events written with a month: kept as their year only. */
const DATES: Record<Lang, RegExp[]> = {
	en: [/\b(?:February|May) (\d{4})\b/g, /\b19 May\b/g],
	zh: [/(\d{4})年\d{1,2}月(?:\d{1,2}日)?/g, /5月19日/g]
};

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Every number string the formatter can print for a figure or derived value. */
function allowedNumbers(lang: Lang): Set<string> {
	const allowed = new Set(YEARS);
	const add = (text: string) => {
		for (const m of text.matchAll(NUMBER)) allowed.add(m[0]);
	};
	for (const f of FACTS) {
		add(String(f.value));
		for (const noun of [false, true]) {
			for (const floorStyle of ['words', 'plus'] as const) {
				add(formatFact(f, lang, { noun, floorStyle }));
			}
		}
		if (f.unit === '亿元' || f.unit === '万元') {
			add(moneyParts(f.value, f.unit, lang).num);
			add(moneyParts(f.value, f.unit, 'zh').num);
		}
		if (f.unit === 'count') add(formatCount(f.value, lang));
	}
	for (const id of Object.keys(DERIVED) as DerivedId[]) add(formatDerived(id, lang));
	return allowed;
}

for (const [path, lang] of [
	['/', 'en'],
	['/zh/', 'zh']
] as const) {
	test(
		`every number on ${path} traces to the data`,
		{ tag: '@phone' },
		async ({ browser, baseURL }) => {
			const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
			const page = await context.newPage();
			await page.goto(path);

			const texts = await page.evaluate(() => {
				// The embed codes are markup to paste, not prose: their numbers are attributes.
				const skip = 'script, style, [data-tick], [data-source-quote], [data-embed-code]';
				const out: string[] = [document.title];
				const meta = document.querySelector('meta[name="description"]');
				out.push(meta?.getAttribute('content') ?? '');
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
					if (!n.parentElement?.closest(skip)) out.push(n.textContent ?? '');
				}
				for (const el of document.body.querySelectorAll('[aria-label], [alt], [title]')) {
					if (el.closest(skip)) continue;
					for (const a of ['aria-label', 'alt', 'title']) out.push(el.getAttribute(a) ?? '');
				}
				return out;
			});
			await context.close();

			const allowed = allowedNumbers(lang);
			const strays: string[] = [];
			for (const raw of texts) {
				let text = raw;
				for (const d of DATES[lang]) text = text.replace(d, (_, year) => year ?? '');
				for (const m of text.matchAll(NUMBER)) {
					if (!allowed.has(m[0])) {
						const at = m.index ?? 0;
						strays.push(`${m[0]} in “…${text.slice(Math.max(0, at - 30), at + 30)}…”`);
					}
				}
			}
			expect(strays, 'numbers that are not a data value, a derived value or a listed year').toEqual(
				[]
			);
			// The check has teeth: some figures and the years must have been read.
			expect(texts.join(' ')).toContain(lang === 'en' ? '174.2 billion yuan' : '1742亿元');
		}
	);
}

for (const path of ['/', '/zh/']) {
	test(
		`every figure in the data appears in the story on ${path}`,
		{ tag: '@phone' },
		async ({ page }) => {
			await page.goto(path);
			// As a reader who has read to the end sees it: every chart drawn.
			await drawnThrough(page);
			// Outside the methods table, which lists every figure by construction.
			const shown = await page
				.locator('main')
				.evaluate((main) =>
					[...main.querySelectorAll<HTMLElement>('[data-figure], [data-fact]')]
						.filter((el) => !el.closest('#methods'))
						.map((el) => el.dataset.figure ?? el.dataset.fact ?? '')
				);
			const missing = FACTS.map((f) => f.id).filter((id) => !shown.includes(id));
			expect(missing, 'figures the story never shows').toEqual([]);
		}
	);
}

test('the exceptions are narrow: a stray number is caught', { tag: '@phone' }, () => {
	const allowed = allowedNumbers('en');
	expect(allowed.has('1742')).toBe(true);
	expect(allowed.has('43')).toBe(true);
	expect(allowed.has('1743')).toBe(false);
	expect(allowed.has('1999')).toBe(false);
	expect(allowedNumbers('zh').has('1.2')).toBe(true);
});
