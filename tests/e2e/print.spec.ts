// Printing the story, or saving it as a PDF, from the middle of a read: the
// page turns into an article on paper (every step's text beside its chart
// at that step, nothing fixed or sticky, the tables open, the links'
// addresses written out, the screen's controls left out), the PDF has a
// sane number of pages, and the screen comes back where the reader was.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { hydrated } from './support/ready';
import { scrollToStep } from './support/steps';
import { LANGS, EDITION_PATH } from '../../src/lib/i18n';

/** Everything drawn on paper that would float over the text: fixed or sticky, and showing. */
function floating(page: Page) {
	return page.evaluate(() =>
		Array.from(document.querySelectorAll<HTMLElement>('body *'))
			.filter((el) => {
				const s = getComputedStyle(el);
				if (s.position !== 'fixed' && s.position !== 'sticky') return false;
				const r = el.getBoundingClientRect();
				return s.visibility !== 'hidden' && r.width > 1 && r.height > 1;
			})
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
	);
}

/** Pages in a PDF, by its page objects (Chromium writes one `/Type /Page` each). */
const pdfPages = (pdf: Buffer) =>
	pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

for (const lang of LANGS) {
	test(`${lang}: printing mid-story gives the flat article, and the screen comes back to the same step @desktop`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.goto(EDITION_PATH[lang]);
		await hydrated(page);
		await scrollToStep(page, 'money', 2);
		const sections = page.locator('[data-scrolly]');
		await expect(sections.first()).toHaveAttribute('data-layout', 'sticky');

		await page.emulateMedia({ media: 'print' });
		// Every section flat, each step with its own chart drawn at that step.
		await expect(page.locator('[data-scrolly]:not([data-layout="flat"])')).toHaveCount(0);
		const counts = await sections.evaluateAll((list) =>
			list.map((s) => ({
				id: (s as HTMLElement).dataset.scrolly,
				steps: s.querySelectorAll('[data-step]').length,
				// Drawn: a figure with a height, not an empty box.
				charts: Array.from(s.querySelectorAll('[data-step] figure[data-chart]')).filter(
					(f) => f.getBoundingClientRect().height > 50
				).length
			}))
		);
		for (const c of counts) {
			expect(c.steps, c.id).toBeGreaterThan(0);
			expect(c.charts, `${c.id}: a chart with each step`).toBeGreaterThanOrEqual(c.steps);
		}
		expect(await floating(page), 'fixed or sticky layers on paper').toEqual([]);

		// The screen's controls are left out; the data and methods are in.
		for (const sel of [
			'[data-lang-switch]',
			'[data-motion-switch]',
			'[data-embed-code]',
			'.skip'
		]) {
			await expect(page.locator(sel).first(), sel).toBeHidden();
		}
		const tables = page.locator('[data-chart-data] table');
		expect(await tables.count()).toBeGreaterThan(5);
		for (const t of await tables.all()) await expect(t).toBeVisible();
		await expect(page.locator('.methods table').first()).toBeVisible();

		// Charts and steps are not cut across pages.
		for (const sel of ['figure', '[data-scrolly] [data-step]']) {
			expect(
				await page
					.locator(sel)
					.first()
					.evaluate((el) => getComputedStyle(el).breakInside),
				sel
			).toBe('avoid');
		}

		// Each link to another page prints its full address after it.
		const links = await page.locator('main a[href]:not([href^="#"])').evaluateAll((list) =>
			list
				// A link whose words are its address needs no second copy.
				.filter((a) => a.textContent?.trim() !== (a as HTMLAnchorElement).href)
				.map((a) => ({
					href: (a as HTMLAnchorElement).href,
					printed: getComputedStyle(a, '::after').content
				}))
		);
		expect(links.length).toBeGreaterThan(0);
		for (const l of links) expect(l.printed, l.href).toContain('http');

		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pages = pdfPages(pdf);
		// About thirty A4 pages: a story cut short or one chart per page would miss this.
		expect(pages, 'PDF pages').toBeGreaterThan(15);
		expect(pages, 'PDF pages').toBeLessThan(60);

		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('[data-scrolly="money"]')).toHaveAttribute('data-layout', 'sticky');
		await expect(page.locator('[data-scrolly="money"]')).toHaveAttribute('data-active-step', '2');
	});
}
