// The story as a reader meets it: the built site, in Chromium, at phone and
// desktop size, scrolled through every step.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { hydrated } from './support/ready';
import { scrollToStep } from './support/steps';
import { countMarks } from './support/marks';

const OUTPUT_RATIO = 1742 / 40.49;
const GDP_RATIO = 1225 / 51.2;

/** Rendered height in CSS pixels of the bar that encodes `id`. */
async function barHeight(page: Page, id: string): Promise<number> {
	return page
		.locator(`[data-chart="economy"] rect[data-mark="bar"][data-fact="${id}"]`)
		.evaluate((el) => el.getBoundingClientRect().height);
}

async function barOpacity(page: Page, id: string): Promise<number> {
	return page
		.locator(`[data-chart="economy"] rect[data-mark="bar"][data-fact="${id}"]`)
		.evaluate((el) => Number(getComputedStyle(el).opacity));
}

const ratio = async (page: Page, a: string, b: string) =>
	(await barHeight(page, a)) / (await barHeight(page, b));

const economyLabel = (page: Page) =>
	page.locator('[data-chart="economy"] svg[role="img"]').getAttribute('aria-label');

test('the economy section steps from 1997 alone to output and GDP, to scale', async ({ page }) => {
	await page.goto('/');
	// Hydrated, so -1 is the scroller's report and not the prerendered value.
	await hydrated(page);
	const section = page.locator('[data-scrolly="economy"]');
	await expect(section).toHaveAttribute('data-active-step', '-1');

	await scrollToStep(page, 'economy', 0);
	await expect.poll(() => barOpacity(page, 'industrialOutput2020')).toBe(0);
	await expect.poll(() => barHeight(page, 'industrialOutput2020')).toBe(0);
	expect(await economyLabel(page)).toContain('4.05 billion yuan');
	const alone = await barHeight(page, 'industrialOutput1997');

	// The jump: 2020 runs off the top of the 1997 scale, cut there, with no number yet.
	await scrollToStep(page, 'economy', 1);
	const chart = page.locator('[data-chart="economy"]');
	await expect(chart.locator('[data-cut="industrialOutput2020"]')).toHaveCount(1);
	await expect.poll(() => barHeight(page, 'industrialOutput1997')).toBeCloseTo(alone, 0);
	const shownText = () =>
		chart.locator('.labels span').evaluateAll((els) =>
			els
				.filter((el) => getComputedStyle(el).opacity !== '0')
				.map((el) => el.textContent)
				.join(' ')
		);
	expect(await shownText()).not.toContain('174.2');

	await scrollToStep(page, 'economy', 2);
	// After the eased scale change the 1997 bar is a sliver beside 2020's.
	await expect
		.poll(() => ratio(page, 'industrialOutput2020', 'industrialOutput1997'))
		.toBeCloseTo(OUTPUT_RATIO, 0);
	expect(await barHeight(page, 'industrialOutput1997')).toBeLessThan(alone / 20);
	expect(await economyLabel(page)).toContain('174.2 billion yuan');
	await expect(chart.locator('[data-cut]')).toHaveCount(0);
	// The tallest bar stands under the top gridline's labelled tick.
	const [top2020, topTick] = await Promise.all([
		chart
			.locator('rect[data-fact="industrialOutput2020"]')
			.evaluate((el) => el.getBoundingClientRect().top),
		chart
			.locator('svg line')
			.evaluateAll((ls) => Math.min(...ls.map((l) => l.getBoundingClientRect().top)))
	]);
	expect(topTick).toBeLessThan(top2020 - 2);

	await scrollToStep(page, 'economy', 3);
	const blocks = page.locator('[data-chart="economy"] rect[data-mark="block"]');
	await expect(blocks).toHaveCount(43);
	// Each block is drawn the height of the 1997 bar.
	await expect
		.poll(
			async () =>
				(await blocks.first().evaluate((el) => el.getBoundingClientRect().height)) /
				(await barHeight(page, 'industrialOutput1997'))
		)
		.toBeCloseTo(1, 1);
	expect(await economyLabel(page)).toMatch(/43 blocks/);

	await scrollToStep(page, 'economy', 4);
	await expect.poll(() => barOpacity(page, 'gdp2020')).toBe(1);
	await expect(blocks).toHaveCount(0);
	// The acceptance check: heights within 1 % of 1742 : 40.49.
	await expect
		.poll(async () =>
			Math.abs(
				(await ratio(page, 'industrialOutput2020', 'industrialOutput1997')) / OUTPUT_RATIO - 1
			)
		)
		.toBeLessThan(0.01);
	expect(Math.abs((await ratio(page, 'gdp2020', 'gdp1997')) / GDP_RATIO - 1)).toBeLessThan(0.01);
	// Output and GDP share the 亿元 axis, so 2020's bars compare directly.
	expect(
		Math.abs((await ratio(page, 'industrialOutput2020', 'gdp2020')) / (1742 / 1225) - 1)
	).toBeLessThan(0.01);
	expect(await economyLabel(page)).toContain('122.5 billion yuan');
});

/** The rows each step lights, with their figures as the labels print them (English). */
const STEP_ROWS = [
	[
		['resettlementRoadsKm', 'km', '158'],
		['sewerPipesKm', 'km', '143']
	],
	[
		['resettlementDocks', 'count', '44'],
		['drinkingWaterProjects', 'count', '118'],
		['sewageGarbagePlants', 'count', '20']
	],
	[['supportFacilities', 'count', '553']],
	[
		['industrialParks', 'count', '6'],
		['sewageTreatmentRate', 'rate', '86']
	]
] as const;

/** How each row of the rebuilding chart is drawn: ghost, read or focus. */
const rowStates = (page: Page) =>
	page
		.locator('[data-chart="rebuilding"] g[data-group]')
		.evaluateAll((gs) =>
			Object.fromEntries(gs.map((g) => [g.getAttribute('data-group'), g.getAttribute('data-row')]))
		);

test('the rebuilding section shows every row as a ghost and lights one group per step', async ({
	page
}) => {
	await page.goto('/');
	const chart = page.locator('[data-chart="rebuilding"]');
	// Every row is drawn from the first step, with all its marks: the whole inventory at once.
	await scrollToStep(page, 'rebuilding', 0);
	expect(await countMarks(chart.locator('[data-fact="supportFacilities"][data-mark="unit"]'))).toBe(
		553
	);
	for (const [i, rows] of STEP_ROWS.entries()) {
		await scrollToStep(page, 'rebuilding', i);
		const states = await rowStates(page);
		for (const [j, group] of STEP_ROWS.entries()) {
			const want = j < i ? 'read' : j === i ? 'focus' : 'ghost';
			for (const [id] of group) expect(states[id], `step ${i} ${id}`).toBe(want);
		}
		// The counters of the lit rows land on the exact figures; ghost rows give none yet.
		const nums = chart.locator('.label.focus .num');
		await expect(nums).toHaveText(
			rows.map(([, kind, figure]) =>
				kind === 'km' ? `${figure} km` : kind === 'rate' ? `${figure}%` : figure
			)
		);
		const aria = (await chart.locator('svg[role="img"]').getAttribute('aria-label')) ?? '';
		for (const [, , figure] of rows) expect(aria).toContain(figure);
	}
	// Lit rows are ink, never the accent: focus is not a colour.
	await expect
		.poll(() =>
			chart
				.locator('g.focus [data-fact]')
				.evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).fill))])
		)
		.toEqual(['rgb(51, 51, 51)']);
	const rate = await chart.locator('[data-group="sewageTreatmentRate"]').evaluate((g) => {
		const [track, bar] = Array.from(g.querySelectorAll('rect'));
		return bar!.getBoundingClientRect().width / track!.getBoundingClientRect().width;
	});
	expect(rate).toBeCloseTo(0.86, 2);
});

test('kilometres and counts are drawn to their own scales', async ({ page }) => {
	await page.goto('/#rebuilding-3');
	// The running page's one chart, not the prerendered flat layout's one per step.
	await hydrated(page);
	const width = (id: string) =>
		page
			.locator(`[data-chart="rebuilding"] rect[data-fact="${id}"]`)
			.first()
			.evaluate((el) => el.getBoundingClientRect().width);
	expect((await width('resettlementRoadsKm')) / (await width('sewerPipesKm'))).toBeCloseTo(
		158 / 143,
		2
	);
	expect(
		await countMarks(
			page.locator('[data-chart="rebuilding"] [data-fact="supportFacilities"][data-mark="unit"]')
		)
	).toBe(553);
});

test('a link to a step opens there with the chart in that state', async ({ page }) => {
	await page.goto('/#economy-3');
	await expect(page.locator('[data-scrolly="economy"]')).toHaveAttribute('data-active-step', '3');
	await expect(page.locator('[data-chart="economy"] rect[data-mark="block"]')).toHaveCount(43);
	const top = await page.locator('#economy-3').evaluate((el) => el.getBoundingClientRect().top);
	expect(top).toBeGreaterThanOrEqual(-1);
	expect(top).toBeLessThan(page.viewportSize()!.height * 0.75);
});

test('scrolling very fast still lands every chart in the right state', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await page.evaluate(() => {
		const s = document.querySelector('[data-scrolly="economy"] [data-step="4"]')!;
		window.scrollTo(0, s.getBoundingClientRect().top + window.scrollY - 10);
	});
	await page.evaluate(() => window.scrollTo(0, 0));
	await page
		.locator('#economy-4')
		.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
	await expect(page.locator('[data-scrolly="economy"]')).toHaveAttribute('data-active-step', '4');
	await expect
		.poll(async () =>
			Math.abs(
				(await ratio(page, 'industrialOutput2020', 'industrialOutput1997')) / OUTPUT_RATIO - 1
			)
		)
		.toBeLessThan(0.01);
	await expect.poll(() => barOpacity(page, 'gdp1997')).toBe(1);
});

test('scrolling back above the first step reports -1 and keeps the first state drawn', async ({
	page
}) => {
	await page.goto('/');
	await scrollToStep(page, 'economy', 1);
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(page.locator('[data-scrolly="economy"]')).toHaveAttribute('data-active-step', '-1');
	await expect.poll(() => barOpacity(page, 'industrialOutput2020')).toBe(0);
	expect(await barHeight(page, 'industrialOutput1997')).toBeGreaterThan(50);
});

test('a bad hash falls back to the start and is never written into the page', async ({ page }) => {
	const evil = '#economy-9"><img src=x onerror=alert(1)>';
	await page.goto('/' + evil);
	// Hydrated, the scroller has reported where the reader is: still at the
	// top, above the first step, as no step was found.
	await hydrated(page);
	await expect(page.locator('[data-scrolly="economy"]')).toHaveAttribute('data-active-step', '-1');
	expect(await page.content()).not.toContain('onerror=alert');
	// A fresh load, not a hash change: the hash is read once, as the page starts.
	await page.goto('about:blank');
	await page.goto('/#constructor-0');
	await hydrated(page);
	await expect(page.locator('[data-scrolly="rebuilding"]')).toHaveAttribute(
		'data-active-step',
		'-1'
	);
});

/** What the page keeps of its layout shifts, from before its first script. */
type ShiftLog = { __cls: number; __shifts: PerformanceObserver };
type Shift = { value: number; hadRecentInput: boolean };

test('the layout does not shift when the page hydrates', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as ShiftLog;
		w.__cls = 0;
		w.__shifts = new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as Shift[]) {
				if (!e.hadRecentInput) w.__cls += e.value;
			}
		});
		w.__shifts.observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/');
	// Fonts and data are in, and nothing was asked for over the last half second.
	await page.waitForLoadState('networkidle');
	await hydrated(page);
	const cls = await page.evaluate(async () => {
		const w = window as unknown as ShiftLog;
		// A shift is recorded in the frame that makes it, but the observer hears of
		// it later, in a task of its own: draw one more frame, then take what it
		// has not been told yet. No sleep is needed to see every shift so far.
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		for (const e of w.__shifts.takeRecords() as unknown as Shift[]) {
			if (!e.hadRecentInput) w.__cls += e.value;
		}
		return w.__cls;
	});
	expect(cls).toBeLessThan(0.01);
});
