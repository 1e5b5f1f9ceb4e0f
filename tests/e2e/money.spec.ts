// The money chapter as a reader meets it: every step, both editions, both
// viewports (the config runs phone and desktop), checked against what the
// chart actually draws.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LABEL_SIZES } from './support/sizes';
import { atRest, hydrated } from './support/ready';
import { scrollToStep } from './support/steps';
import { stepHtml } from './support/prerendered';
import { countMarksInHtml } from './support/marks';
import { SPECS } from '../../src/lib/charts/specs';

const DONATIONS = 3.97;
const INVESTMENT = 230.31;
const RATIO = INVESTMENT / DONATIONS;

const EDITIONS = [
	{
		path: '/',
		lang: 'en',
		donations: '397 million yuan',
		investment: '23.03 billion yuan',
		newScale: 'New scale',
		// Millions on the donations' own scale, as their label says "397 million yuan".
		ticks0: ['100', '200', '300', '400'],
		unit0: 'million yuan',
		ticks1: ['10', '20', '30'],
		unit1: 'billion yuan',
		blocks: '58 × the donations',
		oneBlock: '397 million yuan',
		aria: [
			/Free donations.*397 million yuan/,
			/one scale.*23\.03 billion yuan.*397 million yuan/,
			/one block for the donations, 58 blocks for the investment.*23\.03 billion yuan.*does not state/,
			/993 public-welfare projects.*107 (economic and )?trade/,
			/gift: 397 million yuan.*expects a return: 23\.03 billion yuan/
		]
	},
	{
		path: '/zh/',
		lang: 'zh',
		donations: '3.97亿元',
		investment: '230.31亿元',
		newScale: '刻度已变',
		ticks0: ['1', '2', '3', '4'],
		unit0: '亿元',
		ticks1: ['100', '200', '300'],
		unit1: '亿元',
		blocks: '约为捐赠资金的58倍',
		oneBlock: '3.97亿元',
		aria: [
			/无偿捐赠资金3\.97亿元/,
			/同一刻度.*230\.31亿元.*3\.97亿元/,
			/捐赠资金一块.*230\.31亿元合58块.*未说明其来源/,
			/公益项目993个.*经贸合作项目107个/,
			/赠予.*期待回报/
		]
	}
] as const;

const chart = (page: Page) => page.locator('[data-chart="money"]');

/** Rendered height in CSS pixels of the bar that encodes `id`. */
const barHeight = (page: Page, id: string) =>
	chart(page)
		.locator(`rect[data-mark="bar"][data-fact="${id}"]`)
		.evaluate((el) => el.getBoundingClientRect().height);

/** Rendered opacity of a bar, its group's fade included. */
const barOpacity = (page: Page, id: string) =>
	chart(page)
		.locator(`rect[data-mark="bar"][data-fact="${id}"]`)
		.evaluate(
			(el) =>
				Number(getComputedStyle(el).opacity) * Number(getComputedStyle(el.parentElement!).opacity)
		);

const ratio = async (page: Page) =>
	(await barHeight(page, 'tradeFundsInPlace')) / (await barHeight(page, 'freeDonations'));

const axisUnit = (page: Page) => chart(page).locator('.axis-unit').textContent();

const tickLabels = (page: Page) =>
	chart(page)
		.locator('.tick')
		.evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));

/** Marks of one kind that are fully drawn (rows fade as groups). */
const shownMarks = (page: Page, mark: string, id: string) =>
	chart(page)
		.locator(`[data-mark="${mark}"][data-fact="${id}"]`)
		.evaluateAll((els) =>
			els
				.filter((el) => {
					for (let n: Element | null = el; n && n.tagName !== 'svg'; n = n.parentElement) {
						if (getComputedStyle(n).opacity !== '1') return false;
					}
					return true;
				})
				// A row of squares is one path; data-count says how many (mark-path.ts).
				.reduce((n, el) => n + Number(el.getAttribute('data-count') ?? 1), 0)
		);
/** Project squares of one kind that are fully drawn. */
const shownSquares = (page: Page, id: string) => shownMarks(page, 'unit', id);
/** Money blocks of the multiple panel that are fully drawn. */
const shownBlocks = (page: Page, id: string) => shownMarks(page, 'block', id);

const ariaLabel = (page: Page) => chart(page).locator('svg[role="img"]').getAttribute('aria-label');

const newScaleTag = (page: Page) => chart(page).locator('[data-new-scale]');

const valueLabel = (page: Page, id: string) => chart(page).locator(`[data-value="${id}"]`);

/** The investment bar is drawn to the donations' scale, within 1 %. */
async function expectShared(page: Page) {
	await expect.poll(async () => Math.abs((await ratio(page)) / RATIO - 1)).toBeLessThan(0.01);
}

for (const ed of EDITIONS) {
	test(`${ed.lang}: the money section steps through the rescale, the blocks and the projects`, async ({
		page
	}) => {
		// Ten scroll steps with eased transitions: more than the default 30 s on a busy machine.
		test.setTimeout(90_000);
		await page.goto(ed.path);
		// Hydrated, so -1 is the scroller's report and not the prerendered value.
		await hydrated(page);
		const section = page.locator('[data-scrolly="money"]');
		await expect(section).toHaveAttribute('data-active-step', '-1');

		// Step 0: the donations alone, on an axis that fits them.
		await scrollToStep(page, 'money', 0);
		await expect.poll(() => tickLabels(page)).toEqual([...ed.ticks0]);
		expect(await axisUnit(page)).toBe(ed.unit0);
		await expect.poll(() => barHeight(page, 'tradeFundsInPlace')).toBe(0);
		expect(await barOpacity(page, 'tradeFundsInPlace')).toBe(0);
		const alone = await barHeight(page, 'freeDonations');
		expect(alone).toBeGreaterThan(100);
		await expect(valueLabel(page, 'freeDonations')).toHaveText(ed.donations);
		await expect(valueLabel(page, 'freeDonations')).toHaveCSS('opacity', '1');
		await expect(valueLabel(page, 'tradeFundsInPlace')).toHaveCSS('opacity', '0');
		await expect(newScaleTag(page)).toHaveCount(0);
		expect(await ariaLabel(page)).toMatch(ed.aria[0]);

		// Step 1: the axis is re-labelled and the donations become a sliver, still labelled.
		await scrollToStep(page, 'money', 1);
		await expect.poll(() => tickLabels(page)).toEqual([...ed.ticks1]);
		expect(await axisUnit(page)).toBe(ed.unit1);
		await expectShared(page);
		expect(await barHeight(page, 'freeDonations')).toBeLessThan(alone / 40);
		expect(await barHeight(page, 'freeDonations')).toBeGreaterThan(1);
		await expect(valueLabel(page, 'freeDonations')).toHaveText(ed.donations);
		await expect(valueLabel(page, 'freeDonations')).toHaveCSS('opacity', '1');
		await expect(valueLabel(page, 'tradeFundsInPlace')).toHaveText(ed.investment);
		await expect(valueLabel(page, 'tradeFundsInPlace')).toHaveCSS('opacity', '1');
		// The scale changed on this step: a static tag says so, for readers who saw no motion.
		await expect(newScaleTag(page)).toHaveText(ed.newScale);
		await expect(newScaleTag(page)).toHaveCSS('opacity', '1');
		expect(await ariaLabel(page)).toMatch(ed.aria[1]);

		// Step 2: the multiple in the square vocabulary, not a second stacked bar:
		// one block the size of the donations against 58 such blocks.
		await scrollToStep(page, 'money', 2);
		await expect.poll(() => barOpacity(page, 'tradeFundsInPlace')).toBe(0);
		await expect.poll(() => shownBlocks(page, 'freeDonations')).toBe(1);
		await expect.poll(() => shownBlocks(page, 'tradeFundsInPlace')).toBe(58);
		// Every block one size: each row's path draws its squares with one side length.
		const sizes = await chart(page)
			.locator('path[data-mark="block"]')
			.evaluateAll((els) => [
				...new Set(
					els.flatMap((el) =>
						[...(el.getAttribute('d') ?? '').matchAll(/[hv](-?[\d.]+)/g)].map((m) =>
							Math.abs(Number(m[1]))
						)
					)
				)
			]);
		expect(sizes).toHaveLength(1);
		expect(sizes[0]).toBeGreaterThan(0);
		await expect(chart(page).locator('[data-label="tradeFundsInPlace"] .num')).toHaveText(
			ed.blocks
		);
		await expect(chart(page).locator('[data-label="freeDonations"] .num')).toHaveText(ed.oneBlock);
		// Donations from Zhejiang in the accent, the investment (origin not stated) in --other.
		const fills = await chart(page)
			.locator('path[data-mark="block"]')
			.evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).fill))]);
		expect(fills.sort()).toEqual(['rgb(10, 102, 112)', 'rgb(179, 179, 179)']);
		expect(await ariaLabel(page)).toMatch(ed.aria[2]);
		await expect(newScaleTag(page)).toHaveCount(0);

		// Step 3: one square per project; the bars and the axis step aside.
		await scrollToStep(page, 'money', 3);
		await expect.poll(() => shownBlocks(page, 'tradeFundsInPlace')).toBe(0);
		await expect.poll(() => shownSquares(page, 'publicWelfareProjects')).toBe(993);
		await expect.poll(() => shownSquares(page, 'tradeProjects')).toBe(107);
		await expect.poll(() => barOpacity(page, 'freeDonations')).toBe(0);
		await expect(chart(page).locator('[data-label="publicWelfareProjects"] .num')).toHaveText(
			ed.lang === 'en' ? '993' : '993个'
		);
		await expect(chart(page).locator('[data-label="tradeProjects"] .num')).toHaveText(
			ed.lang === 'en' ? '107' : '107个'
		);
		expect(await ariaLabel(page)).toMatch(ed.aria[3]);

		// Step 4: back on the one shared scale, with what kind of money each is.
		await scrollToStep(page, 'money', 4);
		await expect.poll(() => shownSquares(page, 'publicWelfareProjects')).toBe(0);
		await expect.poll(() => barOpacity(page, 'tradeFundsInPlace')).toBe(1);
		await expectShared(page);
		await expect.poll(() => tickLabels(page)).toEqual([...ed.ticks1]);
		await expect(chart(page).locator('.kind').first()).toHaveCSS('opacity', '1');
		expect(await ariaLabel(page)).toMatch(ed.aria[4]);
		// Step 4 returns to the scale of step 1; nothing changed since, so no tag.
		await expect(newScaleTag(page)).toHaveCount(0);
	});
}

test('a link to a step opens there with the chart in that state', async ({ page }) => {
	await page.goto('/zh/#money-2');
	await expect(page.locator('[data-scrolly="money"]')).toHaveAttribute('data-active-step', '2');
	await expect.poll(() => shownBlocks(page, 'tradeFundsInPlace')).toBe(58);
	await expectShared(page);
});

test(
	'the server render shows the donations on their own axis at the first step',
	{ tag: '@phone' },
	async ({ request }) => {
		const page = await (await request.get('/')).text();
		expect(page).toMatch(/<section[^>]*data-scrolly="money"[^>]*data-layout="flat"/);
		const html = stepHtml(page, 'money', SPECS.money.entryStep);
		const bar =
			/<rect[^>]*data-fact="freeDonations"[^>]*data-mark="bar"[^>]*height="([\d.]+)"/.exec(html);
		expect(Number(bar?.[1])).toBeGreaterThan(40);
		expect(countMarksInHtml(html, /<path[^>]*data-fact="publicWelfareProjects"[^>]*>/)).toBe(993);
		expect(countMarksInHtml(html, /<path[^>]*data-fact="tradeProjects"[^>]*>/)).toBe(107);
	}
);

for (const path of ['/', '/zh/']) {
	test(
		`${path}: on a 320 px screen the money labels keep apart and above the notes at every step`,
		{ tag: '@phone' },
		async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(path);
			for (let i = 0; i < 5; i++) {
				await scrollToStep(page, 'money', i);
				// Read where the tween and the fades end, not on the way.
				await atRest(chart(page));
				// Overflow and labels outside the figure: charts.spec, over the registry.
				// The two bar names never run into each other.
				const [a, b] = await chart(page)
					.locator('.labels > .name')
					.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
				expect(a.right, `step ${i}`).toBeLessThan(b.left);
				// ... and every label stays inside the drawing area, clear of the notes below.
				const below = await chart(page).evaluate((fig) => {
					const plot = fig.querySelector('.plot')!.getBoundingClientRect();
					return Array.from(fig.querySelectorAll('.labels span, .square-labels div'))
						.filter((el) => el.getBoundingClientRect().bottom > plot.bottom + 1)
						.map((el) => el.textContent);
				});
				expect(below, `step ${i}`).toEqual([]);
			}
		}
	);
}

/**
 * Where the chart's words sit against its marks, in CSS pixels: each shown
 * value label's glyph box, the gridlines' heights with whether a tick label
 * names each one, the bars, and the blocks' caption.
 */
function labelGeometry(page: Page) {
	return chart(page).evaluate((fig) => {
		const shown = (el: Element) => {
			for (let n: Element | null = el; n && n !== fig; n = n.parentElement) {
				if (Number(getComputedStyle(n).opacity) < 0.99) return false;
			}
			return true;
		};
		/** The box the glyphs fill (the font's ascent to descent), not the padded span. */
		const glyphs = (el: Element) => {
			const r = document.createRange();
			r.selectNodeContents(el);
			return r.getBoundingClientRect().toJSON() as DOMRect;
		};
		const plot = fig.querySelector('.plot')!.getBoundingClientRect().toJSON() as DOMRect;
		const grid = fig.querySelector('g.grid')!;
		const gridShown = Number(getComputedStyle(grid).opacity) > 0.99;
		const lines = Array.from(grid.querySelectorAll('line:not(.zero)')).map(
			(l) => l.getBoundingClientRect().top
		);
		const ticks = Array.from(fig.querySelectorAll('.tick')).map((t) => ({
			text: t.textContent?.trim() ?? '',
			bottom: t.getBoundingClientRect().bottom
		}));
		const bars: Record<string, DOMRect> = Object.fromEntries(
			Array.from(fig.querySelectorAll('rect[data-mark="bar"]')).map((b) => [
				b.getAttribute('data-fact'),
				b.getBoundingClientRect().toJSON() as DOMRect
			])
		);
		const values = Array.from(fig.querySelectorAll('[data-value]'))
			.filter(shown)
			.map((el) => ({ id: el.getAttribute('data-value') ?? '', box: glyphs(el) }));
		const multiple = fig.querySelector('[data-label="tradeFundsInPlace"] .num')!;
		return {
			plot,
			lines: gridShown ? lines : [],
			ticks,
			bars,
			values,
			multiple: shown(multiple) ? glyphs(multiple) : null
		};
	});
}

for (const ed of EDITIONS) {
	test(
		`${ed.lang}: money labels clear the gridlines and the bar edges at 320, 390, 844×390 and 1280 px`,
		{ tag: '@phone' },
		async ({ page }) => {
			test.setTimeout(180_000);
			for (const [w, h] of LABEL_SIZES) {
				await page.setViewportSize({ width: w, height: h });
				for (const i of [0, 1, 2, 4]) {
					// Opened at the step's own link: the same state a reader scrolls to.
					await page.goto('about:blank');
					await page.goto(`${ed.path}#money-${i}`);
					const at = `${w}×${h} step ${i}`;
					await expect(page.locator('[data-scrolly="money"]'), at).toHaveAttribute(
						'data-active-step',
						String(i)
					);
					await hydrated(page);
					await atRest(chart(page));
					const g = await labelGeometry(page);
					if (i === 2) {
						// The multiple's label ("58 × the donations") fits inside the chart.
						expect(g.multiple, at).not.toBeNull();
						expect(g.multiple!.left, `${at} multiple left`).toBeGreaterThanOrEqual(g.plot.left);
						expect(g.multiple!.right, `${at} multiple right`).toBeLessThanOrEqual(g.plot.right);
						continue;
					}
					expect(g.values.length, at).toBe(i === 0 ? 1 : 2);
					for (const v of g.values) {
						// Inside the drawing area ...
						expect(v.box.top, `${at} ${v.id} top`).toBeGreaterThanOrEqual(g.plot.top);
						expect(v.box.left, `${at} ${v.id} left`).toBeGreaterThanOrEqual(g.plot.left - 1);
						expect(v.box.right, `${at} ${v.id} right`).toBeLessThanOrEqual(g.plot.right + 1);
						// ... above its own bar ...
						expect(v.box.bottom, `${at} ${v.id} on its bar`).toBeLessThanOrEqual(
							g.bars[v.id]!.top - 1
						);
						// ... and no gridline within 2 px of its glyphs.
						for (const y of g.lines) {
							const clear = y < v.box.top - 2 || y > v.box.bottom + 2;
							expect(clear, `${at} ${v.id} glyphs ${v.box.top}–${v.box.bottom}, line ${y}`).toBe(
								true
							);
						}
					}
					// An honest scale: the top gridline is labelled and every bar stands under it.
					expect(g.ticks.length, at).toBe(g.lines.length);
					const topLine = Math.min(...g.lines);
					for (const [id, b] of Object.entries(g.bars)) {
						if (b.height > 0)
							expect(b.top, `${at} ${id} under the top tick`).toBeGreaterThan(topLine);
					}
				}
			}
		}
	);
}
