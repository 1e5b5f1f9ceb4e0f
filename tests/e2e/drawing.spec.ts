// Held drawings (src/lib/charts/shared/drawing.svelte.ts): the running story
// draws a scroll section's marks only once the reader comes within a screen of it.
// A reader must never meet an empty box: every chart the window shows is
// drawn, the box does not move or resize when its marks arrive, a link lands
// on a drawn chart, and paper gets every chart.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { hydrated } from './support/ready';
import { EDITION_PATH, LANGS } from '$lib/i18n';

/** The keys of every held section or figure whose box the window shows, still undrawn. */
const emptyInView = (page: Page): Promise<string[]> =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-hold]')]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				return r.bottom > 0 && r.top < innerHeight && el.querySelector('[data-drawing="held"]');
			})
			.map((el) => el.dataset.hold ?? '')
	);

const heldCount = (page: Page) => page.locator('[data-drawing="held"]').count();

for (const lang of LANGS) {
	test(`${lang}: charts far from the reader wait, and each is drawn before the window reaches it`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.goto(EDITION_PATH[lang]);
		await hydrated(page);
		// At the top, the scroll sections further than a screen away wait.
		expect(await heldCount(page), 'sections held back at the top').toBeGreaterThanOrEqual(3);
		expect(await emptyInView(page)).toEqual([]);

		// Where the money chart's plot sits in its sticky graphic, before and after its marks.
		const plotBox = () =>
			page.evaluate(() => {
				const s = document.querySelector<HTMLElement>('[data-scrolly="money"]')!;
				const g = s.querySelector('.graphic')!.getBoundingClientRect();
				const p = s.querySelector('.plot')!.getBoundingClientRect();
				return [p.x - g.x, p.y - g.y, p.width, p.height, g.height].map(Math.round);
			});
		const before = await plotBox();

		// Down the page a third of a window at a time, as a quick reader goes:
		// at every stop, nothing on screen is empty.
		const seen: string[] = [];
		for (let y = 0; ;) {
			y = await page.evaluate((by) => {
				scrollBy(0, by);
				return scrollY;
			}, 280);
			await page.evaluate(() => new Promise(requestAnimationFrame));
			seen.push(...(await emptyInView(page)).map((k) => `${k} at ${y}`));
			const end = await page.evaluate(
				() => scrollY + innerHeight >= document.body.scrollHeight - 2
			);
			if (end) break;
		}
		expect(seen, 'held charts seen empty on screen').toEqual([]);
		expect(await heldCount(page), 'every chart drawn once passed').toBe(0);
		expect(await plotBox(), "money's plot box before and after its marks").toEqual(before);
	});
}

test('a link to a step far down lands on a drawn chart', async ({ page }) => {
	await page.goto('/#livelihoods-2');
	await hydrated(page);
	await expect(page.locator('[data-scrolly="livelihoods"] [data-drawing="held"]')).toHaveCount(0);
	await expect(page.locator('[data-scrolly="livelihoods"] svg[role="img"]')).toHaveCount(1);
	expect(await emptyInView(page)).toEqual([]);
	// And the section at the top of the page, far away now, still waits.
	await expect(page.locator('[data-scrolly="economy"] [data-drawing="held"]')).toHaveCount(1);
});

test('paper gets every chart, near or not @desktop', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	expect(await heldCount(page)).toBeGreaterThan(0);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-drawing="held"]')).toHaveCount(0);
});
