// The "where" schematic and the timeline, on the built site at phone and
// desktop size, in both editions: what is drawn, where, and that no label
// runs into another or out of its figure.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { atRest, hydrated } from './support/ready';
import { boxesIn, outsideOf, overlapping, type Box } from './support/boxes';

const EDITIONS = [
	{
		path: '/',
		places: ['Chongqing', 'Fuling', 'Three Gorges Dam', 'Hangzhou'],
		reservoir: 'Reservoir',
		schematic: 'A schematic, not to scale',
		pairing: 'Paired in 1992',
		heading: '29 years at a glance',
		gap: 'No dated events',
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
		gap: '无标明年份的事件',
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

/** Every run of words in the timeline: the strip's years and gap label, each item's title and text. */
const TIMELINE_TEXT = '[data-strip-year], [data-gap] > span, ol > li > .title, ol > li > .text';

// These pages hydrate hundreds of marks; on a loaded CI box a test can need more than 30 s.
test.describe.configure({ timeout: 90_000 });

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
			const list = await boxesIn(fig, '.labels > .label');
			expect(list).toHaveLength(7);
			expect(outsideOf(list, plot), 'labels outside the drawing').toEqual([]);
			expect(overlapping(list), 'labels overlapping').toEqual([]);
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

		test('the timeline lists every dated event in order, each year in its own title', async ({
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
			await expect(items.locator('.title > time')).toHaveText(YEARS);
			expect(
				await items.locator('time').evaluateAll((t) => t.map((e) => e.getAttribute('datetime')))
			).toEqual(YEARS.map((y) => (y === '2019' ? '2019-02' : y)));
			const text = await fig.locator('ol').textContent();
			for (const f of ed.figures) expect(text).toContain(f);

			// The year opens its title, on the title's first line: it cannot drift to another event.
			const rows = await items.evaluateAll((lis) =>
				lis.map((li) => {
					const plain = (r: DOMRect) => ({
						left: r.left,
						top: r.top,
						bottom: r.bottom,
						height: r.height
					});
					const title = li.querySelector('.title')!;
					return {
						time: plain(title.querySelector('time')!.getBoundingClientRect()),
						// The title's first line box: the year must sit in it.
						first: {
							top: title.getBoundingClientRect().top,
							height: parseFloat(getComputedStyle(title).lineHeight)
						},
						t: plain(title.getBoundingClientRect()),
						body: plain(li.querySelector('.text')!.getBoundingClientRect())
					};
				})
			);
			for (const [i, r] of rows.entries()) {
				expect(Math.abs(r.time.left - r.t.left), YEARS[i]).toBeLessThan(1);
				// (A CJK face's inline box can stand a pixel or two past its line: test the middle.)
				const mid = (r.time.top + r.time.bottom) / 2;
				expect(mid, YEARS[i]).toBeGreaterThan(r.first.top);
				expect(mid, YEARS[i]).toBeLessThan(r.first.top + r.first.height);
				expect(r.body.top, YEARS[i]).toBeGreaterThanOrEqual(r.t.bottom - 1);
				if (i > 0) expect(r.t.top).toBeGreaterThan(rows[i - 1]!.body.bottom);
			}

			// Event titles are smaller than the chart's title.
			const sizes = await fig.evaluate((f) => {
				const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
				return {
					chart: px(f.querySelector('.chart-title')!),
					titles: [...f.querySelectorAll('ol .title')].map(px)
				};
			});
			for (const t of sizes.titles) expect(t).toBeLessThan(sizes.chart);

			// Marks that show a figure say which.
			await expect(fig.locator('[data-mark="event"][data-year="1997"]')).toHaveAttribute(
				'data-fact',
				'industrialOutput1997 gdp1997'
			);
			await expect(fig.locator('[data-mark="event"][data-year="2014"]')).toHaveAttribute(
				'data-fact',
				'resettlementCommunityAid'
			);
			expect(
				await fig.locator('[data-mark="event"][data-year="1992"]').getAttribute('data-fact')
			).toBeNull();
		});

		test('the strip draws 1992–2021 to scale, names its years on their dots and shades the gap', async ({
			page
		}) => {
			await page.goto(ed.path);
			const fig = page.locator('figure[data-chart="timeline"]');
			await fig.scrollIntoViewIfNeeded();
			const strip = fig.locator('[data-strip]');
			await expect(strip.locator('[data-mark="event"]')).toHaveCount(YEARS.length);
			await expect(strip.locator('[data-gap]')).toHaveText(ed.gap);

			// Dots on a linear scale: 17 undated years take 17 times one year's room.
			const dots = await dotCentres(page, '[data-chart="timeline"] [data-mark="event"]');
			const dx = (a: string, b: string) => dots[b]!.x - dots[a]!.x;
			expect(Math.abs(dx('1997', '2014') / dx('2018', '2019') / 17 - 1)).toBeLessThan(0.02);
			expect(Math.abs(dx('1992', '2021') / dx('1992', '1994') / 14.5 - 1)).toBeLessThan(0.02);
			// All on one axis.
			for (const y of YEARS) expect(Math.abs(dots[y]!.y - dots['1992']!.y), y).toBeLessThan(1);

			// Each year the strip names sits just under its own dot, its box around the dot's x.
			const labels = (await boxesIn(strip, '[data-strip-year]')).map((r) => ({ year: r.text, r }));
			expect(labels.map((l) => l.year)).toEqual(['1992', '1997', '2014', '2021']);
			for (const { year, r } of labels) {
				const dot = dots[year]!;
				expect(r.left, year).toBeLessThanOrEqual(dot.x);
				expect(r.right, year).toBeGreaterThanOrEqual(dot.x);
				expect(r.top - dot.y, year).toBeGreaterThan(0);
				expect(r.top - dot.y, year).toBeLessThan(16);
			}
			expect(overlapping(labels.map(({ r }) => r))).toEqual([]);

			// The shaded stretch runs from the 1997 dot to the 2014 dot, and no dot falls inside it.
			const gap = await box(strip.locator('[data-gap]'));
			expect(Math.abs(gap.left - dots['1997']!.x)).toBeLessThan(1.5);
			expect(Math.abs(gap.right - dots['2014']!.x)).toBeLessThan(1.5);
			for (const y of YEARS)
				expect(dots[y]!.x <= gap.left + 1.5 || dots[y]!.x >= gap.right - 1.5, y).toBe(true);
			// The strip is compact: the list, not the strip, is the body of the figure.
			expect(gap.bottom - gap.top).toBeLessThan(48);
		});

		test('teal marks only what Zhejiang did: the pairing, Wahaha and Zhejiang’s aid', async ({
			page
		}) => {
			await page.goto(ed.path);
			const fig = page.locator('figure[data-chart="timeline"]');
			const colours = await fig.evaluate((f) => {
				const probe = document.createElement('span');
				probe.style.color = 'var(--accent)';
				f.append(probe);
				const accent = getComputedStyle(probe).color;
				probe.remove();
				const teal = (c: string) => c === accent;
				return {
					dots: [...f.querySelectorAll<HTMLElement>('[data-mark="event"]')]
						.filter((d) => teal(getComputedStyle(d).backgroundColor))
						.map((d) => d.dataset.year),
					markers: [...f.querySelectorAll<HTMLElement>('ol > li')]
						.filter((li) => teal(getComputedStyle(li, '::before').backgroundColor))
						.map((li) => li.dataset.year),
					text: [...f.querySelectorAll<HTMLElement>('ol > li *')].filter((el) =>
						teal(getComputedStyle(el).color)
					).length
				};
			});
			expect(colours.dots).toEqual(['1992', '1994', '2014']);
			expect(colours.markers).toEqual(['1992', '1994', '2014']);
			// Colour marks the dots; the words stay in ink.
			expect(colours.text).toBe(0);
		});

		test('no timeline text overlaps another or leaves the figure', async ({ page }) => {
			await page.goto(ed.path);
			const fig = page.locator('figure[data-chart="timeline"]');
			await fig.scrollIntoViewIfNeeded();
			await hydrated(page);
			await atRest(fig);
			const texts = await boxesIn(fig, TIMELINE_TEXT);
			expect(texts.length).toBeGreaterThan(2 * YEARS.length);
			expect(overlapping(texts)).toEqual([]);
			expect(outsideOf(texts, await box(fig))).toEqual([]);
		});
	});
}

test("on a 320 px screen neither figure's labels overlap", { tag: '@phone' }, async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['/', '/zh/']) {
		await page.goto(path);
		await page.locator('#timeline').scrollIntoViewIfNeeded();
		await hydrated(page);
		await atRest(page.locator('figure[data-chart="timeline"]'));
		// Overflow and labels outside each figure: charts.spec, over the registry.
		const where = page.locator('figure[data-chart="where"]');
		const wl = await boxesIn(where, '.labels > .label');
		expect(outsideOf(wl, await box(where.locator('svg'))), path).toEqual([]);
		expect(overlapping(wl), path).toEqual([]);
		const tl = page.locator('figure[data-chart="timeline"]');
		const tt = await boxesIn(tl, TIMELINE_TEXT);
		expect(overlapping(tt), path).toEqual([]);
		expect(outsideOf(tt, await box(tl)), path).toEqual([]);
	}
});

test(
	'the strip keeps its years on their dots when the window narrows',
	{ tag: '@phone' },
	async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/');
		await page.locator('#timeline').scrollIntoViewIfNeeded();
		await page.setViewportSize({ width: 360, height: 740 });
		const fig = page.locator('figure[data-chart="timeline"]');
		await expect.poll(async () => (await box(fig)).right).toBeLessThanOrEqual(360);
		const dots = await dotCentres(page, '[data-chart="timeline"] [data-mark="event"]');
		const labels = await boxesIn(fig, '[data-strip-year]');
		for (const l of labels) {
			expect(l.left, l.text).toBeLessThanOrEqual(dots[l.text]!.x);
			expect(l.right, l.text).toBeGreaterThanOrEqual(dots[l.text]!.x);
		}
		expect(overlapping(await boxesIn(fig, TIMELINE_TEXT))).toEqual([]);
	}
);

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
			await expect(fig.locator('[data-mark="event"]')).toHaveCount(YEARS.length);
			const list = await boxesIn(fig, TIMELINE_TEXT);
			expect(overlapping(list), path).toEqual([]);
			expect(outsideOf(list, await box(fig)), path).toEqual([]);
			const where = page.locator('figure[data-chart="where"]');
			expect(overlapping(await boxesIn(where, '.labels > .label')), path).toEqual([]);
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
