// The livelihoods section as a reader meets it, in both editions: one area
// in focus per step, money bars to one shared scale, one mark per thing
// counted, the floor figure's faded end, and a description that follows.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LABEL_SIZES } from './support/sizes';
import { hydrated } from './support/ready';
import { scrollToStep } from './support/steps';
import { stepHtml } from './support/prerendered';
import { SPECS } from '../../src/lib/charts/specs';
import { countMarksInHtml } from './support/marks';

/** The page's figures and how each edition prints them (FACTS.md section 4). */
const ROWS = [
	{
		row: 'school',
		money: 'friendshipSchoolAid',
		value: 1265,
		text: { en: '12.65 million yuan', zh: '1265万元' },
		counts: { schoolHonors: 20, schoolPairs: 13 }
	},
	{
		row: 'health',
		money: 'healthAid',
		value: 691.5,
		text: { en: '6.92 million yuan', zh: '691.5万元' },
		counts: { healthInstitutions: 29, medicsTrained: 120 }
	},
	{
		row: 'elderly',
		money: 'nursingHomeFunds',
		value: 1365,
		text: { en: '13.65 million yuan', zh: '1365万元' },
		counts: { nursingHomes: 39 }
	},
	{
		row: 'community',
		money: 'communityCentreFunds',
		value: 1692,
		text: { en: '16.92 million yuan', zh: '1692万元' },
		counts: { communityCentres: 43 }
	},
	{
		row: 'fitness',
		money: 'fitnessLibraryFunds',
		value: 150,
		text: { en: 'more than 1.5 million yuan', zh: '150余万元' },
		counts: { fitnessSites: 5, libraries: 3 }
	}
] as const;
const STEPS = ROWS.length + 1;

const EDITIONS = [
	{ path: '/', lang: 'en' },
	{ path: '/zh/', lang: 'zh' }
] as const;

const chart = (page: Page) => page.locator('[data-chart="livelihoods"]');
const ariaLabel = (page: Page) => chart(page).locator('svg[role="img"]').getAttribute('aria-label');

/** Everything the tests read from the chart, in one round trip to the page. */
interface Snapshot {
	/** data-state of each row, per layer: money bars, counts, HTML labels. */
	states: Record<string, string[]>;
	/** Computed opacity of each row's money group, in row order. */
	opacity: number[];
	/** Drawn width of each money bar and its track, by fact id. */
	bars: Record<string, number>;
	tracks: number[];
	/** Label text by fact id (money and counts), white space collapsed. */
	text: Record<string, string>;
	/** Marks drawn per count id, inside that count's own row. */
	marks: Record<string, number>;
}

function snapshot(page: Page): Promise<Snapshot> {
	return chart(page).evaluate((fig) => {
		const all = (sel: string) => Array.from(fig.querySelectorAll<Element>(sel));
		const states: Record<string, string[]> = {};
		for (const layer of ['g.money', 'g.counts', '.labels .row']) {
			states[layer] = all(`${layer}[data-row]`).map((el) => el.getAttribute('data-state') ?? '');
		}
		const bars: Record<string, number> = {};
		for (const el of all('rect[data-mark="bar"]')) {
			bars[el.getAttribute('data-fact') ?? ''] = el.getBoundingClientRect().width;
		}
		const text: Record<string, string> = {};
		for (const el of all('.labels [data-fact]')) {
			text[el.getAttribute('data-fact') ?? ''] = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
		}
		const marks: Record<string, number> = {};
		for (const row of all('g.counts[data-row]')) {
			for (const m of Array.from(row.querySelectorAll('[data-mark][data-fact]'))) {
				const id = m.getAttribute('data-fact') ?? '';
				// One path draws a group's marks; data-count says how many (mark-path.ts).
				marks[id] = (marks[id] ?? 0) + Number(m.getAttribute('data-count') ?? 1);
			}
		}
		return {
			states,
			opacity: all('g.money[data-row]').map((g) => Number(getComputedStyle(g).opacity)),
			bars,
			tracks: all('rect.track').map((el) => el.getBoundingClientRect().width),
			text,
			marks
		};
	});
}

/** Label boxes that overlap one another or leave the chart. */
function labelTrouble(page: Page) {
	return chart(page).evaluate((fig) => {
		const box = fig.getBoundingClientRect();
		const spans = Array.from(
			fig.querySelectorAll<HTMLElement>(
				'.labels .tick, .labels .name, .labels .money, .labels .count'
			)
		).map((el) => ({ text: el.textContent?.trim() ?? '', r: el.getBoundingClientRect() }));
		const outside = spans
			.filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1)
			.map(({ text }) => text);
		const overlaps: string[] = [];
		// Text boxes, shrunk by a pixel so touching line boxes do not count.
		for (let i = 0; i < spans.length; i++) {
			for (let j = i + 1; j < spans.length; j++) {
				const a = spans[i]!.r;
				const b = spans[j]!.r;
				if (
					a.left + 1 < b.right &&
					b.left + 1 < a.right &&
					a.top + 1 < b.bottom &&
					b.top + 1 < a.bottom
				) {
					overlaps.push(`${spans[i]!.text} / ${spans[j]!.text}`);
				}
			}
		}
		return { outside, overlaps };
	});
}

for (const { path, lang } of EDITIONS) {
	test(`${lang}: each step brings one area into focus, then all of them`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto(path);
		// Hydrated, so -1 is the scroller's report and not the prerendered value.
		await hydrated(page);
		const section = page.locator('[data-scrolly="livelihoods"]');
		await expect(section).toHaveAttribute('data-active-step', '-1');
		const labels: string[] = [];
		for (let step = 0; step < STEPS; step++) {
			await scrollToStep(page, 'livelihoods', step);
			const summary = step === ROWS.length;
			const expected = ROWS.map((_, i) => (summary || i === step ? 'focus' : 'dim'));
			const snap = await snapshot(page);
			for (const [layer, states] of Object.entries(snap.states)) {
				expect(states, `${layer} at step ${step}`).toEqual(expected);
			}
			// Drawn, not just flagged: focus rows solid, the others at 0.55 (never fainter) once the fade ends.
			await expect
				.poll(async () =>
					(await snapshot(page)).opacity.map((o) =>
						o === 1 ? 'focus' : Math.abs(o - 0.55) < 0.01 ? 'dim' : 'mid'
					)
				)
				.toEqual(expected);
			// Dimmed words keep AA contrast: no opacity on any label, and ink-muted (7:1) at the faintest.
			const text = await page.evaluate(() =>
				[...document.querySelectorAll('[data-scrolly="livelihoods"] .labels .row')].map((row) => ({
					opacity: Number(getComputedStyle(row).opacity),
					colours: [...row.querySelectorAll('span, strong')].map((el) => getComputedStyle(el).color)
				}))
			);
			for (const r of text) {
				expect(r.opacity).toBe(1);
				for (const c of r.colours)
					expect(['rgb(89, 89, 89)', 'rgb(27, 27, 27)', 'rgb(10, 102, 112)']).toContain(c);
			}

			const label = (await ariaLabel(page)) ?? '';
			for (const [i, r] of ROWS.entries()) {
				// Whole figures only: "6.92 million yuan" must not match inside "16.92 million yuan".
				const figure = new RegExp(`(^|[^\\d.])${r.text[lang].replace('.', '\\.')}`);
				if (summary || i === step) {
					expect(label, `aria-label at step ${step}`).toMatch(figure);
					for (const n of Object.values(r.counts)) expect(label).toMatch(new RegExp(`\\D${n}\\D`));
				} else {
					expect(label, `aria-label at step ${step}`).not.toMatch(figure);
				}
			}
			labels.push(label);
		}
		expect(new Set(labels).size, 'a new description at every step').toBe(STEPS);
	});

	test(`${lang}: money bars share one scale and counts are one mark each`, async ({ page }) => {
		await page.goto(path);
		await scrollToStep(page, 'livelihoods', STEPS - 1);
		const snap = await snapshot(page);
		const school = snap.bars.friendshipSchoolAid ?? 0;
		expect(school).toBeGreaterThan(50);
		expect(snap.tracks).toHaveLength(ROWS.length);
		// One scale: every row's track is the same length, and no bar runs past it.
		for (const t of snap.tracks) expect(Math.abs(t / snap.tracks[0]! - 1)).toBeLessThan(0.001);
		for (const r of ROWS) {
			const w = snap.bars[r.money] ?? 0;
			expect(Math.abs(w / school / (r.value / 1265) - 1), `${r.money} bar`).toBeLessThan(0.01);
			expect(w).toBeLessThanOrEqual(snap.tracks[0]!);
			// The bar's label: value and unit, as the edition writes them.
			expect(snap.text[r.money], r.money).toBe(r.text[lang]);
			for (const [id, n] of Object.entries(r.counts)) {
				expect(snap.marks[id], `${id} marks`).toBe(n);
				expect(snap.text[id], `${id} label`).toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`));
			}
		}
	});

	test(`${lang}: the floor figure ends in a fade, and only it`, async ({ page }) => {
		await page.goto(path);
		await scrollToStep(page, 'livelihoods', 4);
		const floors = chart(page).locator('[data-floor]');
		await expect(floors).toHaveCount(1);
		const fitness = chart(page).locator('g.money[data-row="fitness"]');
		const fade = fitness.locator('[data-floor="fitnessLibraryFunds"]');
		// Filled with this chart's own gradient (its id is unique per instance).
		const fill = (await fade.getAttribute('fill')) ?? '';
		const gradient = /^url\(#([\w-]+-floor-fade)\)$/.exec(fill)?.[1];
		expect(gradient, fill).toBeTruthy();
		await expect(chart(page).locator(`linearGradient[id="${gradient}"]`)).toHaveCount(1);
		const [barBox, fadeBox] = await Promise.all([
			fitness.locator('rect[data-mark="bar"]').boundingBox(),
			fade.boundingBox()
		]);
		// The fade starts where the bar ends and runs on past it.
		expect(Math.abs(fadeBox!.x - (barBox!.x + barBox!.width))).toBeLessThan(1);
		expect(fadeBox!.width).toBeGreaterThan(5);
		await expect(fitness).toHaveAttribute('data-state', 'focus');
		await expect(chart(page).locator('.labels .money[data-fact="fitnessLibraryFunds"]')).toHaveText(
			lang === 'en' ? 'more than 1.5 million yuan' : '150余万元'
		);
	});

	// Phones only (@phone): sizes are set here, and the desktop project adds nothing at them.
	for (const [w, h] of [
		[390, 844],
		[375, 667],
		[320, 640]
	] as const) {
		test(
			`${lang}: fits ${w}×${h} at every step, labels inside and apart`,
			{ tag: '@phone' },
			async ({ page }) => {
				test.setTimeout(90_000);
				await page.setViewportSize({ width: w, height: h });
				await page.goto(path);
				for (let step = 0; step < STEPS; step++) {
					await scrollToStep(page, 'livelihoods', step);
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth
					);
					expect(overflow, `step ${step}`).toBeLessThanOrEqual(0);
					const { outside, overlaps } = await labelTrouble(page);
					expect(outside, `step ${step} outside`).toEqual([]);
					expect(overlaps, `step ${step} overlaps`).toEqual([]);
				}
			}
		);
	}
}

test(
	'the prerendered page shows every area at full strength at the overview step',
	{ tag: '@phone' },
	async ({ request }) => {
		for (const { path } of EDITIONS) {
			const html = await (await request.get(path)).text();
			expect(html).toMatch(/<section[^>]*data-scrolly="livelihoods"[^>]*data-layout="flat"/);
			const figure = stepHtml(html, 'livelihoods', SPECS.livelihoods.restStep);
			const states = [
				...figure.matchAll(/class="money[^"]*" data-row="(\w+)" data-state="(\w+)"/g)
			];
			expect(states.map((m) => m[2])).toEqual(ROWS.map(() => 'focus'));
			const marks = countMarksInHtml(figure, /<path[^>]*data-mark="(?:square|dot)"[^>]*>/);
			const total = ROWS.reduce(
				(n, r) => n + Object.values(r.counts).reduce((a, b) => a + b, 0),
				0
			);
			expect(marks).toBe(total);
		}
	}
);

/**
 * Labels whose glyphs (the font's full ascent to descent, not the padded
 * line box) run onto a mark, a bar's track or another label's glyphs.
 */
function glyphTrouble(page: Page) {
	return chart(page).evaluate((fig) => {
		const glyphs = (el: Element) => {
			const r = document.createRange();
			r.selectNodeContents(el);
			return r.getBoundingClientRect();
		};
		const labels = Array.from(
			fig.querySelectorAll('.labels .tick, .labels .line, .labels .money')
		).map((el) => ({ text: el.textContent?.trim() ?? '', g: glyphs(el) }));
		const marks = Array.from(fig.querySelectorAll('svg [data-mark], svg rect.track')).map((m) =>
			m.getBoundingClientRect()
		);
		const hit = (a: DOMRect, b: DOMRect) =>
			a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		const out: string[] = [];
		for (const [i, l] of labels.entries()) {
			if (marks.some((m) => hit(l.g, m))) out.push(`${l.text} on a mark`);
			for (const o of labels.slice(i + 1)) if (hit(l.g, o.g)) out.push(`${l.text} / ${o.text}`);
		}
		return out;
	});
}

for (const { path, lang } of EDITIONS) {
	test(
		`${lang}: no label's glyphs touch the marks at 320, 390, 844×390 and 1280 px`,
		{ tag: '@phone' },
		async ({ page }) => {
			test.setTimeout(120_000);
			for (const [w, h] of LABEL_SIZES) {
				await page.setViewportSize({ width: w, height: h });
				await page.goto('about:blank');
				await page.goto(`${path}#livelihoods-${STEPS - 1}`);
				await expect(page.locator('[data-scrolly="livelihoods"]')).toHaveAttribute(
					'data-active-step',
					String(STEPS - 1)
				);
				expect(await glyphTrouble(page), `${w}×${h}`).toEqual([]);
			}
		}
	);
}
