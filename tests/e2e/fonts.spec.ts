// The type system's one download: the English edition fetches the text serif
// (two Latin woff2 files, regular and bold) from its own origin, within a
// byte budget; the Chinese edition, set in the reader's CJK fonts, fetches
// no font at all.
import { expect, test } from './support/fixtures';
import { hydrated } from './support/ready';

/** Both woff2 files together, as served. Source Serif 4's Latin subset is 41.8 KB. */
const FONT_BUDGET_BYTES = 48 * 1024;

test.describe('fonts', { tag: '@phone' }, () => {
	test('English loads Source Serif 4, regular and bold, within the budget', async ({ page }) => {
		const fonts: { url: string; bytes: number }[] = [];
		page.on('response', async (res) => {
			if (res.request().resourceType() === 'font') {
				fonts.push({ url: res.url(), bytes: (await res.body()).length });
			}
		});
		await page.goto('/');
		await hydrated(page);
		await page.evaluate(() => document.fonts.ready);
		// Regular sets the body, bold the headline, both above the fold.
		await expect
			.poll(() => fonts.map((f) => f.url.replace(/.*\/(source-serif-4-latin-\d+)-.*/, '$1')).sort())
			.toEqual(['source-serif-4-latin-400', 'source-serif-4-latin-700']);
		for (const f of fonts) expect(f.url).toMatch(/\/_app\/immutable\/assets\/.*\.woff2$/);
		const total = fonts.reduce((n, f) => n + f.bytes, 0);
		expect(total, `font bytes ${total}`).toBeLessThanOrEqual(FONT_BUDGET_BYTES);

		const faces = await page.evaluate(() => ({
			regular: document.fonts.check('400 18px "Source Serif 4"'),
			bold: document.fonts.check('700 18px "Source Serif 4"'),
			h1: getComputedStyle(document.querySelector('h1')!).fontFamily,
			body: getComputedStyle(document.querySelector('.prose p')!).fontFamily,
			chartTitle: getComputedStyle(document.querySelector('.chart-title')!).fontFamily
		}));
		expect(faces.regular && faces.bold).toBe(true);
		expect(faces.h1).toMatch(/^"Source Serif 4"/);
		expect(faces.body).toMatch(/^"Source Serif 4"/);
		// Charts keep the sans.
		expect(faces.chartTitle).not.toMatch(/Source Serif/);
	});

	test('Chinese downloads no font', async ({ page }) => {
		const fonts: string[] = [];
		page.on('request', (req) => {
			if (req.resourceType() === 'font') fonts.push(req.url());
		});
		await page.goto('/zh/');
		await hydrated(page);
		await page.evaluate(() => document.fonts.ready);
		expect(fonts).toEqual([]);
		const body = await page.evaluate(
			() => getComputedStyle(document.querySelector('.prose p')!).fontFamily
		);
		expect(body).not.toMatch(/Source Serif/);
	});
});
