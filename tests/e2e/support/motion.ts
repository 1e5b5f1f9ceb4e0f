// Samples what a chart draws on every animation frame, so a test can see the
// in-between states of a transition, not only where it starts and ends. A
// chart that holds its old state for the whole duration and then jumps
// passes every final-state check; it cannot pass these.
import type { Page } from '@playwright/test';

/** One mark's drawn state: box in CSS px from the drawing's corner, opacity through its ancestors, fill brightness. */
export type MarkState = [x: number, y: number, w: number, h: number, opacity: number, fill: number];
/** Marks by key: `fact/mark/n`, the n-th of that kind (a sample of each kind, not all 553). */
export type Frame = { t: number; marks: Record<string, MarkState> };

declare global {
	interface Window {
		__motion?: { frames: Frame[]; stop: boolean };
	}
}

/**
 * Starts sampling the SVG marks of `figure[data-chart=chart]` on every frame,
 * in the page. Up to `perKind` marks of each (fact, mark) kind are followed,
 * spread over the kind; a mark that does not exist in a frame is absent
 * from it (read it as not drawn).
 */
export async function startSampling(page: Page, chart: string, perKind = 6): Promise<void> {
	await page.evaluate(
		({ chart, perKind }) => {
			const fig = document.querySelector(`figure[data-chart="${chart}"]`);
			if (!fig) throw new Error(`no chart ${chart}`);
			const state = { frames: [] as Frame[], stop: false };
			window.__motion = state;
			const brightness = (c: string) =>
				(c.match(/[\d.]+/g) ?? []).slice(0, 3).reduce((a, b) => a + Number(b), 0);
			const opacity = (el: Element) => {
				let o = 1;
				for (let n: Element | null = el; n && n !== fig; n = n.parentElement) {
					o *= Number(getComputedStyle(n).opacity);
				}
				return o;
			};
			// Which marks to follow: chosen again only when marks come or go.
			let all = 0;
			let chosen: [string, Element][] = [];
			const choose = () => {
				const els = fig.querySelectorAll('svg [data-fact]');
				if (els.length === all) return;
				all = els.length;
				const kinds = new Map<string, Element[]>();
				for (const el of els) {
					const kind = `${el.getAttribute('data-fact')}/${el.getAttribute('data-mark') ?? ''}`;
					if (!kinds.has(kind)) kinds.set(kind, []);
					kinds.get(kind)!.push(el);
				}
				chosen = [];
				for (const [kind, list] of kinds) {
					const n = Math.min(perKind, list.length);
					for (let j = 0; j < n; j++) {
						const i = n === 1 ? 0 : Math.round((j * (list.length - 1)) / (n - 1));
						chosen.push([`${kind}/${i}`, list[i]!]);
					}
				}
			};
			const read = (t: number) => {
				choose();
				// Relative to the drawing, so page scroll is not mistaken for motion.
				const svg = fig.querySelector('svg')!.getBoundingClientRect();
				const marks: Record<string, MarkState> = {};
				for (const [key, el] of chosen) {
					const r = el.getBoundingClientRect();
					marks[key] = [
						r.x - svg.x,
						r.y - svg.y,
						r.width,
						r.height,
						opacity(el),
						brightness(getComputedStyle(el).fill)
					];
				}
				state.frames.push({ t, marks });
			};
			const tick = (t: number) => {
				read(t);
				if (!state.stop) requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		},
		{ chart, perKind }
	);
}

/**
 * Whether the sampled chart has moved and come to rest: its followed marks
 * changed since the first frame, have not changed over the last tenth of a
 * second of frames, and no CSS transition is left in the figure. Read from
 * the frames already taken, so asking costs the page next to nothing while
 * it animates.
 */
export async function restedInFrames(page: Page, chart: string): Promise<boolean> {
	return page.evaluate((chart) => {
		const fig = document.querySelector(`figure[data-chart="${chart}"]`)!;
		const frames = window.__motion!.frames;
		if (frames.length === 0) return false;
		const key = (i: number) => JSON.stringify(frames[i]!.marks);
		const last = frames.length - 1;
		let still = last;
		while (still > 0 && key(still - 1) === key(last)) still--;
		return (
			still > 0 &&
			frames[last]!.t - frames[still]!.t >= 100 &&
			fig.getAnimations({ subtree: true }).length === 0
		);
	}, chart);
}

/** Stops sampling and returns the frames. */
export async function stopSampling(page: Page): Promise<Frame[]> {
	return page.evaluate(() => {
		const s = window.__motion!;
		s.stop = true;
		return s.frames;
	});
}

const ABSENT: MarkState = [0, 0, 0, 0, 0, 0];
const TOLERANCE = [0.75, 0.75, 0.75, 0.75, 0.02, 3];

/**
 * For every mark that differs between the first and last frame: the
 * components that changed, and whether some frame showed each strictly
 * between its two ends (by more than a twentieth of the change).
 */
export function inBetween(frames: Frame[]): { key: string; part: number; seen: boolean }[] {
	const first = frames[0]!.marks;
	const last = frames[frames.length - 1]!.marks;
	const keys = new Set([...Object.keys(first), ...Object.keys(last)]);
	const out: { key: string; part: number; seen: boolean }[] = [];
	for (const key of keys) {
		const a = first[key] ?? ABSENT;
		const b = last[key] ?? ABSENT;
		for (let part = 0; part < a.length; part++) {
			// A mark that appears or goes has no box at one end: judge it by opacity alone.
			if ((!first[key] || !last[key]) && part !== 4) continue;
			const from = a[part]!;
			const to = b[part]!;
			if (Math.abs(to - from) <= TOLERANCE[part]!) continue;
			const lo = Math.min(from, to) + Math.abs(to - from) / 20;
			const hi = Math.max(from, to) - Math.abs(to - from) / 20;
			const seen = frames.some((f) => {
				const v = f.marks[key]?.[part];
				return v !== undefined && v > lo && v < hi;
			});
			out.push({ key, part, seen });
		}
	}
	return out;
}
