// A reader who asks for reduced motion gets no motion at all: one rule in
// app.css stops every CSS transition and animation, and the charts' tweens
// read the same preference. Checked on a chart of each kind.
import { expect, test } from './support/fixtures';
import { hydrated } from './support/ready';
import { scrollToStep } from './support/steps';

test('with reduced motion, steps change in one frame', { tag: '@phone' }, async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await hydrated(page);

	// CSS-driven marks (rebuilding squares, with per-square delays) have nothing to run.
	await scrollToStep(page, 'rebuilding', 2);
	const timings = await page
		.locator('[data-chart="rebuilding"] .group.shown rect')
		.evaluateAll((els) =>
			els.map((el) => {
				const cs = getComputedStyle(el);
				return `${cs.transitionDuration} ${cs.transitionDelay}`;
			})
		);
	expect(timings.length).toBeGreaterThan(0);
	expect(new Set(timings)).toEqual(new Set(['0s 0s']));

	// A tweened chart lands on the new step at once: the frame after the step
	// changes, the 1997 bar is already at its rescaled height.
	await scrollToStep(page, 'economy', 1);
	const bar = page.locator('[data-chart="economy"] rect[data-fact="industrialOutput1997"]');
	const before = Number(await bar.getAttribute('height'));
	await scrollToStep(page, 'economy', 2);
	const next = await page.evaluate(
		() =>
			new Promise<number>((done) =>
				requestAnimationFrame(() =>
					done(
						Number(
							document
								.querySelector('[data-chart="economy"] rect[data-fact="industrialOutput1997"]')!
								.getAttribute('height')
						)
					)
				)
			)
	);
	// 42 → 2000 on the axis: the bar is 42/2000 of what it was, give or take a pixel's rounding.
	expect(next).toBeCloseTo((before * 42) / 2000, 1);
});
