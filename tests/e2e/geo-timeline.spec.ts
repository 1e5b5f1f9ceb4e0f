// The "where" schematic and the timeline, on the built site at phone and
// desktop size, in both editions: what is drawn, where, and that no label
// runs into another or out of its figure.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { atRest, hydrated } from './support/ready';

interface Box {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const EDITIONS = [
	{
		path: '/',
		places: ['Chongqing', 'Fuling', 'Three Gorges Dam', 'Hangzhou'],
		reservoir: 'Reservoir',
		schematic: 'A schematic, not to scale',
		pairing: 'Paired in 1992',
		heading: '29 years at a glance',
		gap: 'The page gives no dates between 1997 and 2014.',
		figures: [
			'three factories',
			'more than 1,200 migrants',
			'4.05 billion yuan',
			'5.12 billion yuan',
			'75.34 million yuan',
			'174.2 billion yuan',
			'122.5 billion yuan',
			'237 officials',
			'six firms'
		]
	},
	{
		path: '/zh/',
		places: ['重庆', '涪陵', '三峡大坝', '杭州'],
		reservoir: '三峡水库',
		schematic: '示意图，非按比例',
		pairing: '1992年结对',
		heading: '29年大事记',
		gap: '1997年至2014年间，报道没有标明年份的事件。',
		figures: [
			'3家',
			'1200余人',
			'40.49亿元',
			'51.2亿元',
			'7534万元',
			'1742亿元',
			'1225亿元',
			'237名',
			'6家'
		]
	}
] as const;

const YEARS = ['1992', '1994', '1997', '2014', '2018', '2019', '2020', '2021'];

// These pages hydrate hundreds of marks; on a loaded CI box a test can need more than 30 s.
test.describe.configure({ timeout: 90_000 });

/** Boxes of the elements matching `selector` inside `root`, skipping empty ones. */
function boxes(root: Locator, selector: string): Promise<Box[]> {
	return root.evaluate(
		(el, sel) =>
			Array.from(el.querySelectorAll<HTMLElement>(sel))
				.map((n) => {
					const r = n.getBoundingClientRect();
					return {
						text: (n.textContent ?? '').trim(),
						left: r.left,
						right: r.right,
						top: r.top,
						bottom: r.bottom
					};
				})
				.filter((b) => b.right > b.left && b.bottom > b.top),
		selector
	);
}

const overlap = (a: Box, b: Box) =>
	Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
	Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** Every pair of boxes that overlap, named by their text. */
function collisions(list: Box[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < list.length; i++)
		for (let j = i + 1; j < list.length; j++)
			if (overlap(list[i]!, list[j]!)) out.push(`${list[i]!.text} × ${list[j]!.text}`);
	return out;
}

/** Boxes not wholly inside `outer` (1 px of rounding allowed). */
function outside(list: Box[], outer: Box): string[] {
	return list
		.filter(
			(b) =>
				b.left < outer.left - 1 ||
				b.right > outer.right + 1 ||
				b.top < outer.top - 1 ||
				b.bottom > outer.bottom + 1
		)
		.map((b) => b.text);
}

/** The box of one element. */
function box(l: Locator): Promise<Box> {
	return l.evaluate((n) => {
		const r = n.getBoundingClientRect();
		return { text: '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
	});
}

async function dotCentres(
	page: Page,
	selector: string
): Promise<Record<string, { x: number; y: number }>> {
	return page.locator(selector).evaluateAll((els) =>
		Object.fromEntries(
			els.map((el) => {
				const r = el.getBoundingClientRect();
				const key = (el as HTMLElement).dataset.place ?? (el as HTMLElement).dataset.year ?? '';
				return [key, { x: r.left + r.width / 2, y: r.top + r.height / 2 }];
			})
		)
	);
}

for (const ed of EDITIONS) {
	test.describe(`${ed.path}`, () => {
		test('the where schematic names its places inside the drawing, none overlapping', async ({
			page
		}) => {
			await page.goto(ed.path);
			const fig = page.locator('figure[data-chart="where"]');
			await fig.scrollIntoViewIfNeeded();
			const svg = fig.locator('svg[role="img"]');
			await expect(svg).toHaveAttribute('aria-label', new RegExp(`^${ed.schematic}`));

			const labels = fig.locator('.labels > .label');
			const texts = await labels.allTextContents();
			for (const name of [...ed.places, ed.reservoir, ed.pairing])
				expect(texts.join('|')).toContain(name);

			const plot = await box(svg);
			const list = await boxes(fig, '.labels > .label');
			expect(list).toHaveLength(7);
			expect(outside(list, plot), 'labels outside the drawing').toEqual([]);
			expect(collisions(list), 'labels overlapping').toEqual([]);
			// Place names stay smaller than the figure's title.
			const size = (sel: string) =>
				fig
					.locator(sel)
					.first()
					.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
			expect(await size('.labels .place .name')).toBeLessThan(await size('.chart-title'));

			// No distances: the only number on the drawing is the pairing's year.
			const words = texts.filter((t) => !t.includes(ed.pairing)).join('|');
			expect(words).not.toMatch(/\d/);
		});

		test('the river runs west to east through Chongqing, Fuling and the dam to the coast; the arc joins Hangzhou to Fuling', async ({
			page
		}) => {
			await page.goto(ed.path);
			const p = await dotCentres(page, '[data-chart="where"] [data-place]');
			expect(p.chongqing!.x).toBeLessThan(p.fuling!.x);
			expect(p.fuling!.x).toBeLessThan(p.dam!.x);
			expect(p.hangzhou!.x).toBeGreaterThan(p.dam!.x);
			// Hangzhou lies south of the river: below all of it on the page.
			const river = await box(page.locator('[data-chart="where"] path[data-mark="river"]'));
			expect(p.hangzhou!.y).toBeGreaterThan(river.bottom);
			// The reservoir spans Chongqing to the dam, not beyond.
			const res = await box(page.locator('[data-chart="where"] path[data-mark="reservoir"]'));
			// (A path's box is its geometry, stroke excluded.)
			expect(Math.abs(res.left - p.chongqing!.x)).toBeLessThan(1.5);
			expect(Math.abs(res.right - p.dam!.x)).toBeLessThan(1.5);
			expect(res.left).toBeGreaterThan(river.left + 10);
			expect(res.right).toBeLessThan(river.right - 10);
			// The river ends at the coast, which runs the height of the drawing east of it.
			const coast = await box(page.locator('[data-chart="where"] path[data-mark="coast"]'));
			const svgBox = await box(page.locator('[data-chart="where"] svg'));
			expect(river.right).toBeGreaterThanOrEqual(coast.left);
			expect(river.right).toBeLessThanOrEqual(coast.right);
			expect(coast.top).toBeLessThanOrEqual(svgBox.top + 1);
			expect(coast.bottom).toBeGreaterThanOrEqual(svgBox.bottom - 1);
			// The pairing arc runs from Hangzhou to Fuling, under the river.
			const arc = await box(page.locator('[data-chart="where"] path[data-mark="pairing"]'));
			expect(Math.abs(arc.left - p.fuling!.x)).toBeLessThan(1.5);
			expect(Math.abs(arc.right - p.hangzhou!.x)).toBeLessThan(1.5);
			expect(arc.bottom).toBeGreaterThan(p.hangzhou!.y);
			// Only these strokes and the places are drawn: no borders, no routes.
			const marks = await page
				.locator('[data-chart="where"] svg *')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')));
			expect(marks.toSorted()).toEqual(['coast', 'pairing', 'place', 'reservoir', 'river']);
			// A band, not a poster: under 40% of a phone's height.
			expect(svgBox.bottom - svgBox.top).toBeLessThan(page.viewportSize()!.height * 0.4);
		});

		test('the timeline lists every dated event in order, on a true scale of years', async ({
			page
		}) => {
			await page.goto(ed.path);
			const chapter = page.locator('#timeline');
			await chapter.scrollIntoViewIfNeeded();
			await expect(chapter.locator('h2')).toHaveText(ed.heading);
			await expect(chapter.locator('h2 [data-figure="partnershipYears"]')).toHaveText('29');

			const fig = chapter.locator('figure[data-chart="timeline"]');
			const items = fig.locator('ol > li');
			await expect(items).toHaveCount(YEARS.length);
			await expect(items.locator('time')).toHaveText(YEARS);
			expect(
				await items.locator('time').evaluateAll((t) => t.map((e) => e.getAttribute('datetime')))
			).toEqual(YEARS.map((y) => (y === '2019' ? '2019-02' : y)));
			const text = await fig.locator('ol').textContent();
			for (const f of ed.figures) expect(text).toContain(f);

			// Dots on a linear scale: 17 undated years take 17 times one year's room.
			const dots = await dotCentres(page, '[data-chart="timeline"] circle[data-year]');
			const dy = (a: string, b: string) => dots[b]!.y - dots[a]!.y;
			expect(Math.abs(dy('1997', '2014') / dy('2018', '2019') / 17 - 1)).toBeLessThan(0.01);
			expect(Math.abs(dy('1992', '2021') / dy('1992', '1994') / 14.5 - 1)).toBeLessThan(0.01);
			// Each year label sits on its dot.
			const years = await boxes(fig, 'time');
			for (const [i, y] of YEARS.entries()) {
				const mid = (years[i]!.top + years[i]!.bottom) / 2;
				expect(Math.abs(mid - dots[y]!.y), y).toBeLessThan(2);
				expect(years[i]!.right).toBeLessThan(dots[y]!.x);
			}
			// Marks that show a figure say which.
			await expect(fig.locator('circle[data-year="1997"]')).toHaveAttribute(
				'data-fact',
				'industrialOutput1997 gdp1997'
			);
			await expect(fig.locator('circle[data-year="2014"]')).toHaveAttribute(
				'data-fact',
				'resettlementCommunityAid'
			);
			expect(await fig.locator('circle[data-year="1992"]').getAttribute('data-fact')).toBeNull();
		});

		test('no timeline text overlaps another or leaves the figure, and the gap is named', async ({
			page
		}) => {
			await page.goto(ed.path);
			const fig = page.locator('figure[data-chart="timeline"]');
			await fig.scrollIntoViewIfNeeded();
			await expect(fig.locator('.gap-note')).toHaveText(ed.gap);
			// The list is stacked again from its measured heights once the page hydrates.
			await hydrated(page);
			await atRest(fig);
			const texts = await boxes(fig, 'ol > li > :not(time), .gap-note');
			const years = await boxes(fig, 'ol > li > time');
			expect(collisions([...texts, ...years])).toEqual([]);
			const track = await box(fig.locator('.track'));
			expect(outside([...texts, ...years], track)).toEqual([]);
			// Items go down the page in date order, the gap note between 1997 and 2014.
			const tops = await boxes(fig, 'ol > li');
			for (let i = 1; i < tops.length; i++)
				expect(tops[i]!.top).toBeGreaterThan(tops[i - 1]!.bottom);
			const note = await box(fig.locator('.gap-note'));
			expect(note.top).toBeGreaterThan(tops[2]!.bottom);
			expect(note.bottom).toBeLessThan(tops[3]!.top);
		});
	});
}

test("on a 320 px screen neither figure's labels overlap", { tag: '@phone' }, async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['/', '/zh/']) {
		await page.goto(path);
		await page.locator('#timeline').scrollIntoViewIfNeeded();
		// The list is stacked again from its measured heights once the page hydrates.
		await hydrated(page);
		await atRest(page.locator('figure[data-chart="timeline"]'));
		// Overflow and labels outside each figure: charts.spec, over the registry.
		const where = page.locator('figure[data-chart="where"]');
		const wl = await boxes(where, '.labels > .label');
		expect(outside(wl, await box(where.locator('svg'))), path).toEqual([]);
		expect(collisions(wl), path).toEqual([]);
		const tl = page.locator('figure[data-chart="timeline"]');
		const tt = await boxes(tl, 'ol > li > :not(time), ol > li > time, .gap-note');
		expect(collisions(tt), path).toEqual([]);
		expect(outside(tt, await box(tl)), path).toEqual([]);
	}
});

test('the timeline re-stacks when the window narrows', { tag: '@phone' }, async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await page.locator('#timeline').scrollIntoViewIfNeeded();
	await page.setViewportSize({ width: 360, height: 740 });
	const fig = page.locator('figure[data-chart="timeline"]');
	await expect.poll(async () => collisions(await boxes(fig, 'ol > li, .gap-note'))).toEqual([]);
});

test(
	'without JavaScript the timeline is laid out and nothing overlaps',
	{ tag: '@phone' },
	async ({ browser, baseURL }) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			baseURL,
			viewport: { width: 390, height: 844 }
		});
		const page = await context.newPage();
		for (const path of ['/', '/zh/']) {
			await page.goto(path);
			const fig = page.locator('figure[data-chart="timeline"]');
			await expect(fig.locator('ol > li')).toHaveCount(YEARS.length);
			const list = await boxes(fig, 'ol > li, .gap-note');
			expect(collisions(list), path).toEqual([]);
			const where = page.locator('figure[data-chart="where"]');
			expect(collisions(await boxes(where, '.labels > .label')), path).toEqual([]);
		}
		await context.close();
	}
);

test(
	'zh: every figure sits in the one frame, its caption with no space after 。',
	{ tag: '@phone' },
	async ({ page }) => {
		await page.goto('/zh/');
		const figures = page.locator('figure[data-chart]');
		expect(await figures.count()).toBeGreaterThan(5);
		const frames = await figures.evaluateAll((figs) =>
			figs.map((f) => ({
				id: f.getAttribute('data-chart'),
				// ChartFrame's parts: a titled figure, its drawing area, a caption of notes and a source.
				framed: !!f.querySelector(':scope > .chart-title') && !!f.querySelector(':scope > .plot'),
				caption: f.querySelector('figcaption')?.textContent ?? '',
				source: !!f.querySelector('figcaption > .source')
			}))
		);
		expect(frames.map((f) => f.id)).toContain('timeline');
		for (const f of frames) {
			expect(f.framed, `${f.id} in ChartFrame`).toBe(true);
			expect(f.source, `${f.id} source`).toBe(true);
			expect(f.caption, `${f.id} caption`).not.toMatch(/。\s/);
			expect(f.caption.trim(), `${f.id} caption`).toBe(f.caption);
		}
	}
);
