// What a test waits for instead of a fixed sleep: a state of the page that
// must hold before it reads anything, polled until it does.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Waits until the page has hydrated and found its place: every scroll
 * section turns `data-motion="live"` two frames after load, once its scroller
 * has reported the active step and any link or reload has been landed.
 */
export async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('[data-scrolly]').first()).toBeAttached();
	await expect(page.locator('[data-scrolly]:not([data-motion="live"])')).toHaveCount(0);
}

/**
 * Waits until everything inside `root` is still: no CSS transition running
 * or waiting out its delay, and no element moved, resized or changed opacity
 * over a tenth of a second (so the JavaScript tweens have ended too).
 */
export async function atRest(root: Locator): Promise<void> {
	await expect
		.poll(
			() =>
				root.evaluate(async (el) => {
					const read = () => {
						const o = el.getBoundingClientRect();
						return JSON.stringify(
							Array.from(el.querySelectorAll('*'), (n) => {
								const r = n.getBoundingClientRect();
								return [r.x - o.x, r.y - o.y, r.width, r.height, getComputedStyle(n).opacity];
							})
						);
					};
					const before = read();
					const start = performance.now();
					// A tenth of a second of frames: long enough that even the slow
					// first frames of an eased tween move a mark measurably.
					do await new Promise(requestAnimationFrame);
					while (performance.now() - start < 100);
					return el.getAnimations({ subtree: true }).length === 0 && read() === before;
				}),
			{
				message: 'everything comes to rest',
				// Each try already watches a tenth of a second: try again at once.
				intervals: [0],
				// Staggered fades at the motion spec's quarter speed run for seconds.
				timeout: 15_000
			}
		)
		.toBe(true);
}

/**
 * Takes the reader past every scroll section, as reading through does, until
 * each has drawn its chart (sections hold their marks until the reader comes
 * near: drawing.svelte.ts), then back to the top.
 */
export async function drawnThrough(page: Page): Promise<void> {
	await hydrated(page);
	const keys = await page
		.locator('[data-hold]')
		.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.hold ?? ''));
	for (const key of keys) {
		const section = page.locator(`[data-hold="${key}"]`);
		await section.scrollIntoViewIfNeeded();
		await expect(section.locator('[data-drawing="held"]')).toHaveCount(0);
	}
	await page.evaluate(() => scrollTo(0, 0));
}
