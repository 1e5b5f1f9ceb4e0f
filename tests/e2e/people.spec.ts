// The "people" chapter as a reader meets it: a static two-panel figure, one
// dot per visiting leader with a "+" for each floor, and a ledger of counts
// for the other direction. Both editions, phone and desktop (and 320 px).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { countMarks, countMarksInHtml, markBoxes } from './support/marks';

/** The page's figures (FACTS.md §5), typed here so a wrong data file fails the test. */
const LEADERS = [
	['provincialLeaders', 20],
	['provincialDeptLeaders', 80],
	['cityCountyLeaders', 40]
] as const;

const EDITIONS = {
	'/': {
		groups: ['20+', '80+', '40+'],
		donation: 'more than 25 million yuan',
		rows: {
			delegations: ['262', 'delegations'],
			secondments: ['533', 'person-times', '60 projects'],
			exchange: ['3,000+', 'visits'],
			training: ['2,000+', 'person-times'],
			study: ['237', 'officials', '100']
		},
		aria: ['more than 20 provincial leaders', '262 delegations', '533 person-times'],
		visitors: '2,061',
		key: '= 10 people'
	},
	'/zh/': {
		groups: ['20余位', '80余位', '40余位'],
		donation: '2500余万元',
		rows: {
			delegations: ['262', '批次'],
			secondments: ['533', '人次', '至少60'],
			exchange: ['3000余', '次'],
			training: ['2000余', '人次'],
			study: ['237', '名', '100人']
		},
		aria: ['20余位省级领导', '262批次', '533人次'],
		visitors: '2061人',
		key: '=10人'
	}
} as const;

const chartOf = (page: Page) => page.locator('figure[data-chart="people"]');

async function openChart(page: Page, path: string): Promise<Locator> {
	await page.goto(path);
	const chart = chartOf(page);
	// Static chart: every measure below reads layout, which needs no scrolling.
	await expect(chart).toBeAttached();
	return chart;
}

type Box = { left: number; right: number; top: number; bottom: number };
const box = (l: Locator) =>
	l.evaluate((el): Box => {
		const r = el.getBoundingClientRect();
		return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
	});

/** Text boxes of every label in the figure that sit outside it or outside their own line. */
async function strayLabels(chart: Locator): Promise<string[]> {
	return chart.evaluate((fig) => {
		const plot = fig.querySelector('.plot')!.getBoundingClientRect();
		// A glyph box runs past a tight line box by up to a fifth of an em: CJK
		// faces (Noto Sans CJK: ascent + descent = 1.45 em) run further than Latin
		// ones. More than that is a real overflow.
		const slackOf = (el: Element) => Math.max(2, 0.2 * parseFloat(getComputedStyle(el).fontSize));
		const bad: string[] = [];
		const inside = (r: DOMRect, b: DOMRect, slack = 2) =>
			r.left >= b.left - 1 &&
			r.right <= b.right + 1 &&
			r.top >= b.top - slack &&
			r.bottom <= b.bottom + slack;
		// Every piece of text: inside the drawing, and inside the line or row it was laid out in.
		for (const line of fig.querySelectorAll<HTMLElement>('.labels p, .ledger .row')) {
			const own = line.getBoundingClientRect();
			if (!inside(own, plot)) bad.push(`line outside plot: ${line.textContent}`);
			const range = document.createRange();
			range.selectNodeContents(line);
			for (const r of range.getClientRects()) {
				if (r.width > 0 && !inside(r, own, slackOf(line)))
					bad.push(`text outside its line: ${line.textContent}`);
			}
		}
		return [...new Set(bad)];
	});
}

for (const [path, ed] of Object.entries(EDITIONS)) {
	test.describe(`people chapter on ${path}`, () => {
		test('draws one dot per leader the page counts, and a "+" after each floor', async ({
			page
		}) => {
			const chart = await openChart(page, path);
			await expect(chart.locator('svg[role="img"]')).toHaveCount(1);
			for (const [id, n] of LEADERS) {
				const dots = chart.locator(`[data-fact="${id}"][data-mark="unit"]`);
				await expect.poll(() => countMarks(dots), id).toBe(n);
				const plus = chart.locator(`[data-fact="${id}"][data-mark="floor"]`);
				await expect(plus, id).toHaveCount(1);
				await expect(plus).toBeVisible();
				// The "+" follows the last dot on its row.
				const b = (await markBoxes(dots)).at(-1)!;
				const last = { right: b.x + b.width, top: b.y, bottom: b.y + b.height };
				const p = await box(plus);
				expect(p.left, id).toBeGreaterThan(last.right - 0.5);
				expect(Math.abs((p.top + p.bottom) / 2 - (last.top + last.bottom) / 2)).toBeLessThan(1);
			}
			// All leader dots are one size and round: the drawing keeps its aspect.
			const sizes = (await markBoxes(chart.locator('path.dots'))).map((r) => [
				Math.round(r.width * 10),
				Math.round(r.height * 10)
			]);
			expect(sizes).toHaveLength(140);
			for (const [w, h] of sizes) expect(Math.abs(w! - h!)).toBeLessThanOrEqual(5);
			expect(new Set(sizes.map(([w]) => w)).size).toBeLessThanOrEqual(2);
		});

		test('labels every group and every count with its figure and unit', async ({ page }) => {
			const chart = await openChart(page, path);
			for (const [i, [id]] of LEADERS.entries()) {
				await expect(chart.locator(`[data-label="${id}"] [data-figure="${id}"]`)).toHaveText(
					ed.groups[i]!
				);
			}
			await expect(
				chart.locator('[data-label="onSiteDonations"] [data-figure="onSiteDonations"]')
			).toHaveText(ed.donation);
			for (const [row, [value, unit, extra]] of Object.entries(ed.rows) as [
				string,
				readonly string[]
			][]) {
				const r = chart.locator(`[data-row="${row}"]`);
				await expect(r.locator('.value strong')).toHaveText(value!);
				await expect(r.locator('.unit')).toHaveText(unit!);
				if (extra) await expect(r.locator('.caption')).toContainText(extra);
			}
			const label = await chart.locator('svg[role="img"]').getAttribute('aria-label');
			for (const bit of ed.aria) expect(label).toContain(bit);
			// The people Fuling sent: one square per ten, rounded (2,061 -> 206), keyed, in a neutral.
			await expect(chart.locator('[data-label="fulingVisitors"]')).toContainText(ed.visitors);
			await expect(chart.locator('.key[data-tick]')).toHaveText(ed.key);
			const squares = chart.locator('[data-fact="fulingVisitors"][data-mark="unit"]');
			expect(await countMarks(squares)).toBe(Math.round(2061 / 10));
			const look = await squares.evaluateAll((els) => {
				const probe = document.createElement('span');
				probe.style.color = 'var(--mark)';
				document.body.append(probe);
				const mark = getComputedStyle(probe).color;
				probe.remove();
				return [...new Set(els.map((el) => getComputedStyle(el).fill === mark))];
			});
			expect(look).toEqual([true]);
			// The key ends inside the drawing and clear of the last squares.
			const key = (await chart.locator('.key[data-tick]').boundingBox())!;
			const plot = (await chart.locator('.plot').boundingBox())!;
			const last = (await markBoxes(squares)).at(-1)!;
			expect(key.x + key.width).toBeLessThanOrEqual(plot.x + plot.width + 0.5);
			expect(key.x).toBeGreaterThan(last.x + last.width);
		});

		test('keeps a gap between the ledger text and the right edge', async ({ page }) => {
			const chart = await openChart(page, path);
			const plot = (await chart.locator('.plot').boundingBox())!;
			for (const c of await chart.locator('.ledger .caption').all()) {
				const r = await c.evaluate((el) => {
					const range = document.createRange();
					range.selectNodeContents(el);
					return Math.max(...[...range.getClientRects()].map((b) => b.right));
				});
				expect(plot.x + plot.width - r).toBeGreaterThanOrEqual(8);
			}
		});

		test('keeps every label inside the figure, each on its own line', async ({ page }) => {
			const chart = await openChart(page, path);
			expect(await strayLabels(chart)).toEqual([]);
		});
	});
}

test(
	'the chart is in the prerendered HTML, ready without JavaScript',
	{ tag: '@phone' },
	async ({ request }) => {
		for (const path of Object.keys(EDITIONS)) {
			const html = await (await request.get(path)).text();
			expect(html).toMatch(/<figure[^>]*data-chart="people"/);
			for (const [id, n] of LEADERS) {
				const dots = new RegExp(`<path[^>]*data-fact="${id}"[^>]*data-mark="unit"[^>]*>`);
				expect(countMarksInHtml(html, dots), id).toBe(n);
			}
			expect(html.match(/data-mark="floor"/g)).toHaveLength(3);
		}
	}
);
