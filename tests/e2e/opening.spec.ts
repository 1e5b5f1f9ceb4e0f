// The opening of the piece on the built site: the hero band (schematic and
// the output jump) inside the first screen, the jump's values and areas from
// the data, the one colour key, the headline's type, and a Chinese headline
// that never breaks inside a word.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { copyFor } from '$content/index';
import { fact } from '$lib/data';
import { DERIVED } from '$lib/data/derive';
import { formatDerived, formatFact } from '$lib/format/number';
import { plainCopy } from '$lib/format/copy';
import type { Lang } from '$lib/i18n';

const EDITIONS: { lang: Lang; path: string }[] = [
	{ lang: 'en', path: '/' },
	{ lang: 'zh', path: '/zh/' }
];

interface Rect {
	top: number;
	bottom: number;
	left: number;
	right: number;
	width: number;
	height: number;
}

const rect = (page: Page, selector: string): Promise<Rect> =>
	page.locator(selector).evaluate((el) => {
		const r = el.getBoundingClientRect();
		return {
			top: r.top,
			bottom: r.bottom,
			left: r.left,
			right: r.right,
			width: r.width,
			height: r.height
		};
	});

const HERO = '[data-hero] figure[data-chart="where"]';

/** The accent as the browser resolves it, e.g. "rgb(10, 102, 112)". */
const accentColour = (page: Page): Promise<string> =>
	page.evaluate(() => {
		const el = document.createElement('b');
		el.style.setProperty('color', 'var(--accent)');
		document.documentElement.append(el);
		try {
			return getComputedStyle(el).color;
		} finally {
			el.remove();
		}
	});

for (const { lang, path } of EDITIONS) {
	const copy = copyFor(lang);

	test.describe(path, () => {
		test('the hero band sits right under the headline, wholly in the first screen', async ({
			page
		}) => {
			await page.goto(path);
			const vh = page.viewportSize()!.height;
			const h1 = await rect(page, 'h1');
			const map = await rect(page, `${HERO} .map`);
			const jump = await rect(page, `${HERO} .jump`);
			// Under the headline, with nothing but the figure's own title between.
			expect(map.top).toBeGreaterThan(h1.bottom);
			const dek = await rect(page, '.dek');
			expect(dek.top).toBeGreaterThan(Math.max(map.bottom, jump.bottom));
			// The schematic and the output squares are both on the first screen.
			for (const [name, r] of [
				['schematic', map],
				['output squares', jump]
			] as const) {
				expect(r.top, name).toBeGreaterThanOrEqual(0);
				expect(r.bottom, name).toBeLessThanOrEqual(vh);
			}
			// Wider than the text column on a desktop: a band, not an inline figure.
			if (page.viewportSize()!.width >= 1024) {
				const band = await rect(page, `${HERO} .band`);
				expect(band.width).toBeGreaterThan(dek.width * 1.5);
			}
		});

		test("the jump figure shows the data's values, on one area scale", async ({ page }) => {
			await page.goto(path);
			const hero = page.locator(HERO);
			const ids = ['industrialOutput1997', 'industrialOutput2020'] as const;
			const sides: number[] = [];
			for (const id of ids) {
				const sq = hero.locator(`.sq[data-fact="${id}"]`);
				await expect(sq).toHaveCount(1);
				const value = (await hero
					.locator(`.sq[data-fact="${id}"] .value, .early:has(.sq[data-fact="${id}"]) .value`)
					.first()
					.innerText())!.replace(/\s+/g, lang === 'zh' ? '' : ' ');
				const f = fact(id);
				const year = f.when.kind === 'year' ? f.when.year : NaN;
				// "1997 4.05 billion yuan" / "1997年40.49亿元": year, then the formatter's figure.
				expect(value).toBe(
					lang === 'zh' ? `${year}年${formatFact(f, lang)}` : `${year} ${formatFact(f, lang)}`
				);
				const box = await sq.evaluate((el) => el.getBoundingClientRect().toJSON());
				expect(Math.abs(box.width - box.height), `${id} is square`).toBeLessThan(0.6);
				sides.push(box.width);
			}
			// Areas, not sides, stand in the ratio of the figures.
			const ratio = (sides[1]! / sides[0]!) ** 2;
			expect(Math.abs(ratio / DERIVED.outputMultiple.value - 1)).toBeLessThan(0.05);
			await expect(hero.locator('.multiple [data-figure="outputMultiple"]')).toHaveText(
				formatDerived('outputMultiple', lang)
			);
			// Neutral: the same ink as Fuling's other marks, not the Zhejiang accent.
			const colours = await hero
				.locator('.sq')
				.evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).backgroundColor))]);
			expect(colours).toHaveLength(1);
			expect(colours[0]).not.toBe(await accentColour(page));
			// The figure's words say it too.
			await expect(hero.locator('svg[role="img"]')).toHaveAttribute(
				'aria-label',
				new RegExp(formatFact(fact('industrialOutput2020'), lang).replace('.', '\\.'))
			);
		});

		test('the colour key is given once, at the top, as a teal swatch', async ({ page }) => {
			await page.goto(path);
			const keys = page.locator('[data-key]');
			await expect(keys).toHaveCount(1);
			await expect(keys).toHaveText(copy.where.chart.key);
			const accent = await accentColour(page);
			const { swatch, arc, keyTop } = await keys.evaluate((el) => {
				return {
					swatch: getComputedStyle(el.querySelector('.swatch')!).backgroundColor,
					arc: getComputedStyle(document.querySelector('[data-mark="pairing"]')!).stroke,
					keyTop: el.getBoundingClientRect().top
				};
			});
			expect(swatch).toBe(accent);
			expect(arc).toBe(accent);
			expect(keyTop).toBeLessThan(page.viewportSize()!.height);
			// "Not to scale" is said once in the page's visible text.
			const text = await page.locator('main').innerText();
			const said = text.match(lang === 'zh' ? /非按比例/g : /not to scale/gi) ?? [];
			expect(said).toHaveLength(1);
		});

		test('the headline is the serif, bold, large on a desktop; the byline names no one', async ({
			page
		}) => {
			await page.goto(path);
			const h1 = page.locator('h1');
			await expect(h1).toHaveText(plainCopy(copy.headline, lang));
			const style = await h1.evaluate((el) => {
				const cs = getComputedStyle(el);
				const serif = getComputedStyle(document.documentElement)
					.getPropertyValue('--font-serif')
					.trim();
				return {
					family: cs.fontFamily,
					serif,
					weight: Number(cs.fontWeight),
					size: parseFloat(cs.fontSize)
				};
			});
			expect(style.family.replace(/\s/g, '')).toBe(style.serif.replace(/\s/g, ''));
			expect(style.weight).toBeGreaterThanOrEqual(700);
			if (page.viewportSize()!.width >= 1280) {
				expect(style.size).toBeGreaterThanOrEqual(60);
				expect(style.size).toBeLessThanOrEqual(72);
			}
			await expect(page.locator('.byline')).toHaveText(copy.byline);
		});
	});
}

test('zh: the dek is set at a 1.65–1.7 line height', { tag: '@desktop' }, async ({ page }) => {
	await page.goto('/zh/');
	const ratio = await page
		.locator('.dek')
		.evaluate(
			(el) =>
				parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize)
		);
	expect(ratio).toBeGreaterThanOrEqual(1.65);
	expect(ratio).toBeLessThanOrEqual(1.7);
});

/** The headline's characters, grouped into the lines they are set on. */
function headlineLines(page: Page): Promise<string[]> {
	return page.locator('h1').evaluate((h1) => {
		const lines: { top: number; text: string }[] = [];
		const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const s = n.textContent ?? '';
			for (let i = 0; i < s.length; i++) {
				range.setStart(n, i);
				range.setEnd(n, i + 1);
				const r = range.getClientRects()[0];
				if (!r) continue;
				const line = lines.find((l) => Math.abs(l.top - r.top) < r.height / 2);
				if (line) line.text += s[i];
				else lines.push({ top: r.top, text: s[i]! });
			}
		}
		return lines.sort((a, b) => a.top - b.top).map((l) => l.text);
	});
}

test(
	'zh: the headline breaks only after its punctuation, never inside a word (库区), at 320–1920 px',
	{ tag: '@phone' },
	async ({ page }) => {
		test.setTimeout(120_000);
		const headline = plainCopy(copyFor('zh').headline, 'zh');
		for (const width of [320, 360, 390, 430, 600, 768, 844, 1024, 1280, 1440, 1920]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/zh/');
			const lines = await headlineLines(page);
			expect(lines.join(''), `${width}`).toBe(headline);
			// Every line but the last ends on the copy's own punctuation.
			for (const line of lines.slice(0, -1)) expect(line, `${width}: ${lines}`).toMatch(/[，：]$/);
			for (const line of lines) expect(line, `${width}`).not.toMatch(/^库|区$/);
			// And it fits: no line wider than the page.
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${width}`).toBeLessThanOrEqual(0);
		}
	}
);

test(
	'the hero shows in the first screen on a phone held sideways and on a large desktop',
	{ tag: '@phone' },
	async ({ page }) => {
		for (const [width, height, whole] of [
			[844, 390, false],
			[1920, 1080, true]
		] as const) {
			await page.setViewportSize({ width, height });
			for (const { path } of EDITIONS) {
				await page.goto(path);
				const map = await rect(page, `${HERO} .map`);
				const jump = await rect(page, `${HERO} .jump`);
				// Sideways, the band starts on the first screen; on a large desktop it is all there.
				expect(map.top, `${width} ${path}`).toBeLessThan(height * 0.75);
				if (whole)
					expect(Math.max(map.bottom, jump.bottom), `${width} ${path}`).toBeLessThan(height);
			}
		}
	}
);
