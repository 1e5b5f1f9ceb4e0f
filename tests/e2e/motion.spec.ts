// Every scroll-driven chart moves between its steps through in-between
// frames: nothing holds its old state for the whole transition and then
// jumps. And a page opened at a step draws that step at once, with no
// animation from the first. Motion does not depend on the viewport, so this
// runs once, at desktop size (@desktop).
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { atRest } from './support/ready';
import { scrollToStep, sectionSteps } from './support/steps';
import {
	inBetween,
	restedInFrames,
	startSampling,
	stopSampling,
	type Frame
} from './support/motion';

/**
 * CSS transitions run at quarter speed here (a tween's 1 s stays 1 s): a 250 ms
 * fade then spans enough frames to be seen even when a busy two-core
 * machine draws only a few frames a second. Frozen motion stays frozen at
 * any speed, so this makes the check no weaker.
 */
async function slowCss(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Animation.enable');
	await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.25 });
}

/** The chart of a scroll section. */
const chartOf = (page: Page, section: string) => page.locator(`figure[data-chart="${section}"]`);

/** Scrolls `section` to step `i` and waits until its chart is still there. */
async function settleAt(page: Page, section: string, i: number): Promise<void> {
	await scrollToStep(page, section, i);
	await atRest(chartOf(page, section));
}

/**
 * Moves from the settled current step to `to` and returns every frame drawn
 * until the chart is still again: its last frame is the step's end state.
 * Rest is read from the sampled frames, not by measuring the whole chart
 * (atRest), which would take frames from the motion it watches.
 */
async function framesOfStep(page: Page, section: string, to: number): Promise<Frame[]> {
	await startSampling(page, section);
	await scrollToStep(page, section, to);
	await expect
		.poll(() => restedInFrames(page, section), {
			message: `${section} → ${to}: the chart moves, then comes to rest`,
			intervals: [100],
			// Staggered fades at quarter speed run for seconds.
			timeout: 15_000
		})
		.toBe(true);
	return stopSampling(page);
}

const SECTIONS = ['economy', 'rebuilding', 'money', 'livelihoods'];

test(
	'the page has exactly the scroll-driven charts this spec steps through',
	{ tag: '@desktop' },
	async ({ page }) => {
		await page.goto('/');
		expect(Object.keys(await sectionSteps(page)).sort()).toEqual([...SECTIONS].sort());
	}
);

for (const section of SECTIONS) {
	test(
		`${section}: every step change passes through in-between frames`,
		{ tag: '@desktop' },
		async ({ page }) => {
			test.setTimeout(90_000);
			await page.goto('/');
			await slowCss(page);
			const count = (await sectionSteps(page))[section]!;
			await settleAt(page, section, 0);
			const steps = [...Array.from({ length: count - 1 }, (_, i) => i + 1), 0];
			for (const to of steps) {
				const frames = await framesOfStep(page, section, to);
				// Enough frames to see motion in, even on a busy two-core machine.
				expect(frames.length, `${section} → ${to}: frames sampled`).toBeGreaterThan(4);
				const changes = inBetween(frames);
				expect(changes.length, `${section} → ${to}: something changes`).toBeGreaterThan(0);
				// Every kind of mark that changes is caught between its ends in some
				// frame, in its size, place, opacity or colour...
				const kinds = new Map<string, boolean>();
				for (const c of changes) {
					const kind = c.key.split('/').slice(0, 2).join('/');
					kinds.set(kind, (kinds.get(kind) ?? false) || c.seen);
				}
				const jumped = [...kinds].filter(([, seen]) => !seen).map(([kind]) => kind);
				expect(jumped, `${section} → ${to}: kinds of mark that jumped`).toEqual([]);
				// ...and most marks in each way they change: a frame the machine
				// drops can hide a short fade, but a frozen chart shows none at all.
				const seen = changes.filter((c) => c.seen).length / changes.length;
				expect(seen, `${section} → ${to}: share of changes seen midway`).toBeGreaterThan(0.6);
			}
		}
	);
}

/** Height of the economy chart's 1997 bar in each frame. */
const bar1997 = (frames: Frame[]) => frames.map((f) => f.marks['industrialOutput1997/bar/0']![3]);

test(
	'halfway through the scale change, the 1997 bar is between its two heights',
	{ tag: '@desktop' },
	async ({ page }) => {
		await page.goto('/');
		await settleAt(page, 'economy', 1);
		const frames = await framesOfStep(page, 'economy', 2);
		const heights = bar1997(frames);
		const from = heights[0]!;
		const to = heights[heights.length - 1]!;
		expect(to).toBeLessThan(from / 20);
		// The first frame that moved starts the clock; read the frame nearest 500 ms on.
		const start = frames[heights.findIndex((h) => h < from - 0.5)]!.t;
		const mid = frames.reduce((best, f) =>
			Math.abs(f.t - start - 500) < Math.abs(best.t - start - 500) ? f : best
		);
		const h = mid.marks['industrialOutput1997/bar/0']![3];
		// The axis top moves by a constant ratio, so the bar is well past half
		// way in pixels by then, but still clearly on its way.
		expect(h).toBeLessThan(from - (from - to) * 0.02);
		expect(h).toBeGreaterThan(to + (from - to) * 0.02);
		// One variable, one colour: the 1997 bar stays ink (--mark, r+g+b = 153) in
		// every frame of the move, never the accent.
		const fills = new Set(frames.map((f) => f.marks['industrialOutput1997/bar/0']![5]));
		expect([...fills]).toEqual([51 * 3]);
		// Where the scale has changed, the axis says so in a static tag too.
		await expect(chartOf(page, 'economy').locator('[data-new-scale]')).toBeVisible();
		// The 1997-sized blocks fade in over the next step, not at once.
		const fade = await framesOfStep(page, 'economy', 3);
		const opacities = fade.map((f) => f.marks['industrialOutput1997/block/0']?.[4] ?? 0);
		expect(opacities.some((o) => o > 0.1 && o < 0.9)).toBe(true);
	}
);

/** Samples from the first frame the page draws, before any script of the page runs. */
async function sampleFromFirstPaint(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const frames: { t: number; bar: number | null; squares: number[]; counter: string }[] = [];
		(window as unknown as { __load: typeof frames }).__load = frames;
		const tick = (t: number) => {
			const bar = document.querySelector(
				'[data-chart="economy"] rect[data-fact="industrialOutput1997"]'
			);
			// The running page's one chart: the prerendered flat layout draws every
			// step's state at once (each its own chart), and none of them moves.
			const squares = Array.from(
				document.querySelectorAll(
					// One path per row of 50 squares (mark-path.ts): every row is sampled.
					'[data-layout="sticky"] [data-chart="rebuilding"] path[data-fact="supportFacilities"]'
				)
			)
				// Fill brightness (r + g + b): squares light from ghost to ink, not by opacity.
				.map((el) =>
					(getComputedStyle(el).fill.match(/[\d.]+/g) ?? [])
						.slice(0, 3)
						.reduce((a, b) => a + Number(b), 0)
				);
			const counter = document.querySelector(
				'[data-layout="sticky"] [data-chart="rebuilding"] .label.focus .num'
			);
			frames.push({
				t,
				bar: bar ? bar.getBoundingClientRect().height : null,
				squares,
				counter: counter?.textContent ?? ''
			});
			if (frames.length < 150) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
}

type LoadFrame = { t: number; bar: number | null; squares: number[]; counter: string };
const loadFrames = async (page: Page) => {
	await page.waitForFunction(
		() => ((window as unknown as { __load: unknown[] }).__load?.length ?? 0) >= 150
	);
	return page.evaluate(() => (window as unknown as { __load: LoadFrame[] }).__load);
};

test(
	'a link to a step draws that step at once, with no animation from the first',
	{ tag: '@desktop' },
	async ({ page }) => {
		await sampleFromFirstPaint(page);
		await page.goto('/#economy-3');
		await expect(page.locator('[data-scrolly="economy"]')).toHaveAttribute('data-active-step', '3');
		const heights = (await loadFrames(page)).map((f) => f.bar).filter((h) => h !== null);
		const first = heights[0]!;
		const last = heights[heights.length - 1]!;
		expect(last).toBeLessThan(first / 20);
		// The prerendered first state, then the linked state: never anything between.
		const between = heights.filter((h) => Math.abs(h - first) > 0.5 && Math.abs(h - last) > 0.5);
		expect(between).toEqual([]);
	}
);

test(
	'a reload mid-story lands on the step in view, with no animation',
	{ tag: '@desktop' },
	async ({ page }) => {
		await page.goto('/');
		await settleAt(page, 'rebuilding', 2);
		await sampleFromFirstPaint(page);
		await page.reload();
		await expect(page.locator('[data-scrolly="rebuilding"]')).toHaveAttribute(
			'data-active-step',
			'2'
		);
		const frames = (await loadFrames(page)).filter((f) => f.squares.length > 0);
		// No square of the running chart caught between ghost and ink, and its
		// counter never counts: at most one figure before the place is found, then 553.
		const GHOST = 230 * 3; // --ghost #e6e6e6
		const INK = 51 * 3; // --mark #333
		const shades = frames.flatMap((f) => f.squares);
		expect(shades.some((b) => Math.abs(b - INK) < 2)).toBe(true);
		const fading = shades.filter((b) => Math.abs(b - GHOST) > 2 && Math.abs(b - INK) > 2);
		expect(fading).toEqual([]);
		const counts = [...new Set(frames.map((f) => f.counter).filter((c) => c !== ''))];
		expect(counts[counts.length - 1]).toBe('553');
		expect(counts.slice(0, -1).filter((c) => c !== counts[0])).toEqual([]);
	}
);

/** One frame of the money chart's rescale: boxes in CSS px, opacities through their ancestors. */
type MoneyFrame = {
	t: number;
	/** The drawing (the SVG) and the plot inside it (top gridline to baseline). */
	drawing: { top: number; bottom: number; left: number; right: number };
	plot: { top: number; bottom: number };
	bar: { top: number; bottom: number; height: number };
	labels: { id: string; top: number; bottom: number; left: number; right: number; o: number }[];
	subtitleBottom: number;
};

/**
 * Samples every frame of the money chart while it goes to step `to` (0 or
 * 1, the rescale either way): the investment bar, the two value labels, the
 * "new scale" tag, and the plot they must stay in.
 */
async function moneyRescaleFrames(page: Page, to: number): Promise<MoneyFrame[]> {
	await page.evaluate(() => {
		const fig = document.querySelector('figure[data-chart="money"]')!;
		const svg = fig.querySelector('svg[role="img"]')!;
		const frames: unknown[] = [];
		(window as unknown as { __money: unknown[] }).__money = frames;
		const opacity = (el: Element) => {
			let o = 1;
			for (let n: Element | null = el; n && n !== fig; n = n.parentElement) {
				o *= Number(getComputedStyle(n).opacity);
			}
			return o;
		};
		// The plot's top and bottom in viewBox units, read from the clip the bars are drawn in.
		const clip = fig.querySelector('clipPath rect')!;
		const vb = (svg as SVGSVGElement).viewBox.baseVal;
		const t0 = performance.now();
		const tick = (t: number) => {
			const d = svg.getBoundingClientRect();
			const k = d.height / vb.height;
			const y = Number(clip.getAttribute('y'));
			const h = Number(clip.getAttribute('height'));
			const bar = fig.querySelector('rect[data-fact="tradeFundsInPlace"]')!.getBoundingClientRect();
			const labels = [...fig.querySelectorAll('[data-value], [data-new-scale]')].map((el) => {
				const r = el.getBoundingClientRect();
				const id = el.getAttribute('data-value') ?? 'newScale';
				return { id, top: r.top, bottom: r.bottom, left: r.left, right: r.right, o: opacity(el) };
			});
			const sub = fig.querySelector('.chart-subtitle');
			frames.push({
				t: t - t0,
				drawing: { top: d.top, bottom: d.bottom, left: d.left, right: d.right },
				plot: { top: d.top + y * k, bottom: d.top + (y + h) * k },
				bar: { top: bar.top, bottom: bar.bottom, height: bar.height },
				labels,
				subtitleBottom: sub ? sub.getBoundingClientRect().bottom : -Infinity
			});
			if (t - t0 < 1600) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	await scrollToStep(page, 'money', to);
	await page.waitForFunction(() => {
		const f = (window as unknown as { __money: { t: number }[] }).__money;
		return f.length > 0 && f[f.length - 1]!.t >= 1600;
	});
	return page.evaluate(() => (window as unknown as { __money: MoneyFrame[] }).__money);
}

for (const [w, h] of [
	[390, 844],
	[844, 390],
	[1280, 800]
] as const) {
	test(
		`money at ${w}×${h}: through the rescale nothing draws outside the plot, and the bar grows`,
		{ tag: '@desktop' },
		async ({ page }) => {
			await page.setViewportSize({ width: w, height: h });
			await page.goto('/');
			await settleAt(page, 'money', 0);
			const frames = await moneyRescaleFrames(page, 1);
			expect(frames.length, 'frames sampled').toBeGreaterThan(4);
			const final = frames[frames.length - 1]!.bar.height;
			expect(final).toBeGreaterThan(50);
			// And back again: the same rules hold on the way down.
			await atRest(chartOf(page, 'money'));
			const back = await moneyRescaleFrames(page, 0);
			expect(back[back.length - 1]!.bar.height, 'bar gone at step 0').toBeLessThan(0.5);
			for (const f of [...frames, ...back]) {
				const at = `${Math.round(f.t)} ms`;
				// The bar stands in the plot on every frame, never above its top line.
				if (f.bar.height > 0) {
					expect(f.bar.top, `${at}: bar top`).toBeGreaterThanOrEqual(f.plot.top - 0.5);
					expect(f.bar.bottom, `${at}: bar bottom`).toBeLessThanOrEqual(f.plot.bottom + 0.5);
				}
				for (const l of f.labels.filter((l) => l.o > 0.02)) {
					// Every visible word stays in the drawing: none rides up into the subtitle.
					expect(l.top, `${at}: ${l.id} top`).toBeGreaterThanOrEqual(f.drawing.top - 0.5);
					expect(l.top, `${at}: ${l.id} under the subtitle`).toBeGreaterThanOrEqual(
						f.subtitleBottom
					);
					expect(l.right, `${at}: ${l.id} right`).toBeLessThanOrEqual(f.drawing.right + 0.5);
					expect(l.left, `${at}: ${l.id} left`).toBeGreaterThanOrEqual(f.drawing.left - 0.5);
				}
				// The investment's value comes in only once its bar has (nearly) landed.
				const inv = f.labels.find((l) => l.id === 'tradeFundsInPlace')!;
				if (inv.o > 0.02)
					expect(f.bar.height, `${at}: bar under its label`).toBeGreaterThan(final * 0.75);
			}
			// Motion, not a jump: some frames catch the bar partway up.
			const partway = frames.filter(
				(f) => f.bar.height > final * 0.1 && f.bar.height < final * 0.9
			);
			expect(partway.length, 'frames with the bar partway').toBeGreaterThan(1);
			// The tag and both values are there once it has settled.
			const last = frames[frames.length - 1]!;
			expect(last.labels.map((l) => [l.id, l.o > 0.99]).sort()).toEqual([
				['freeDonations', true],
				['newScale', true],
				['tradeFundsInPlace', true]
			]);
			// Back on the donations' own scale the tag is gone, and so is the investment's value.
			const home = back[back.length - 1]!.labels.filter((l) => l.o > 0.02).map((l) => l.id);
			expect(home).toEqual(['freeDonations']);
		}
	);
}
