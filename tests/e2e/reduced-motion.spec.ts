// A reader who asks for reduced motion gets no motion at all: not on the
// device (prefers-reduced-motion) and not with the story's own switch. One
// rule in app.css stops every CSS transition and animation for both, and the
// charts' tweens read the same preference (motion.ts). Measured the way a
// reader meets it: every step of every scroll section, with every
// transition, CSS animation and Web Animation that starts counted.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { hydrated } from './support/ready';
import { scrollToStep, sectionSteps } from './support/steps';

/** Counts, from the first script on, every transition or animation that starts or runs. */
async function countMotion(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __motion: string[] }).__motion = seen;
		const note = (e: Event) => {
			const t = e.target as Element;
			seen.push(`${e.type} ${t.tagName.toLowerCase()}.${t.getAttribute('class') ?? ''}`);
		};
		for (const type of ['transitionrun', 'transitionstart', 'animationstart']) {
			document.addEventListener(type, note, true);
		}
		// Web Animations (element.animate, Svelte transitions) fire no event: look every frame.
		const look = () => {
			for (const a of document.getAnimations()) {
				const target = (a.effect as KeyframeEffect | null)?.target;
				seen.push(`${a.constructor.name} ${target?.tagName.toLowerCase() ?? ''}`);
			}
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
}

async function motionSeen(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __motion: string[] }).__motion);
}

/** Every step of every section, down and back up to the first. */
async function walkEverySection(page: Page): Promise<void> {
	const steps = await sectionSteps(page);
	expect(Object.keys(steps).length).toBeGreaterThan(3);
	for (const [section, count] of Object.entries(steps)) {
		for (let i = 0; i < count; i++) await scrollToStep(page, section, i);
		await scrollToStep(page, section, 0);
	}
	// Two frames for anything that was about to start.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

/** The 1997 bar's height one frame after economy goes from step 1 to 2. */
async function barOneFrameOn(page: Page): Promise<{ before: number; next: number }> {
	const bar = '[data-chart="economy"] rect[data-mark="bar"][data-fact="industrialOutput1997"]';
	await scrollToStep(page, 'economy', 1);
	const before = Number(await page.locator(bar).first().getAttribute('height'));
	await scrollToStep(page, 'economy', 2);
	const next = await page.evaluate(
		(sel) =>
			new Promise<number>((done) =>
				requestAnimationFrame(() =>
					done(Number(document.querySelector(sel)!.getAttribute('height')))
				)
			),
		bar
	);
	return { before, next };
}

test('with the device set to reduce motion, nothing moves on any step', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await countMotion(page);
	await page.goto('/');
	await hydrated(page);
	await walkEverySection(page);
	expect(await motionSeen(page)).toEqual([]);

	// A tweened chart lands on the new step at once: the frame after the step
	// changes, the 1997 bar is already at its rescaled height (42 → 2000 on
	// the axis: 42/2000 of what it was, give or take a pixel's rounding).
	const { before, next } = await barOneFrameOn(page);
	expect(next).toBeCloseTo((before * 42) / 2000, 1);

	// The switch would do nothing: the page says why instead of offering it.
	const sw = page.locator('[data-motion-switch]');
	await expect(sw).toBeVisible();
	await expect(sw.getByRole('switch')).toHaveCount(0);
	await expect(sw).toContainText('reduced motion');
});

test(
	'the animation switch turns all motion off, remembered across visits',
	{ tag: '@phone' },
	async ({ page }) => {
		await countMotion(page);
		await page.goto('/');
		await hydrated(page);
		const sw = page.getByRole('switch', { name: 'Animation' });
		await expect(sw).toBeVisible();
		await expect(sw).toHaveAttribute('aria-checked', 'true');

		// On: the story moves (the counter can see it), so the "off" below means something.
		await scrollToStep(page, 'rebuilding', 1);
		await scrollToStep(page, 'rebuilding', 2);
		await expect.poll(async () => (await motionSeen(page)).length).toBeGreaterThan(0);

		await sw.click();
		await expect(sw).toHaveAttribute('aria-checked', 'false');
		expect(await page.evaluate(() => localStorage.getItem('fuling-motion'))).toBe('off');

		// A later visit: off from the first paint (the attribute is there before
		// any app script), and the switch shows it.
		await page.reload();
		expect(
			await page.evaluate(() =>
				performance
					.getEntriesByType('navigation')
					.map((n) => (n as PerformanceNavigationTiming).domInteractive)
			)
		).toHaveLength(1);
		await expect(page.locator('html')).toHaveAttribute('data-motion-off', '');
		await hydrated(page);
		await expect(sw).toHaveAttribute('aria-checked', 'false');
		await page.evaluate(() => (window as unknown as { __motion: string[] }).__motion.splice(0));
		await walkEverySection(page);
		expect(await motionSeen(page)).toEqual([]);
		const { before, next } = await barOneFrameOn(page);
		expect(next).toBeCloseTo((before * 42) / 2000, 1);

		// And back on, for this visit and the next.
		await sw.click();
		await expect(page.locator('html')).not.toHaveAttribute('data-motion-off');
		expect(await page.evaluate(() => localStorage.getItem('fuling-motion'))).toBeNull();
	}
);

test('no smooth scrolling under reduced motion', { tag: '@phone' }, async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await hydrated(page);
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'auto'
	);
});
