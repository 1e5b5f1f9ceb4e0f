/**
 * Geometry of the timeline, in CSS pixels from the top-left of its track.
 * Time runs down a spine on a true linear scale of years, so the empty years
 * show as empty space. Each event's text sits to the right of the spine;
 * where events are closer than their text is tall, stackLabels moves the
 * text apart (never reordering it) and a leader joins it to its year.
 */
import { scaleLinear } from 'd3-scale';
import { FIRST_YEAR, LAST_YEAR } from './events';

/** Every length below is in rem, converted with the reader's root font size. */
export const GEOMETRY = {
	/** Vertical distance per year: room for one line of year text and air. */
	perYear: 2,
	/** Space above the first year and below the last mark. */
	pad: 1,
	/** x of the spine; the year labels end left of it. */
	spineX: 3.6,
	/** Where the event text starts. */
	labelX: 5,
	/** The year label's line height (see Events.html.svelte). */
	yearLine: 1.25,
	/** From an event text's top to the middle of its first line. */
	anchor: 0.65,
	/** Least space between two stacked texts. */
	gap: 0.6,
	dotR: 0.3
} as const;

export type Geometry = { -readonly [K in keyof typeof GEOMETRY]: number };

/** GEOMETRY in pixels for a root font size. */
export function geometryPx(remPx = 16): Geometry {
	const out = {} as Geometry;
	for (const [k, v] of Object.entries(GEOMETRY)) out[k as keyof Geometry] = v * remPx;
	return out;
}

/** Year -> y in px: a plain linear scale, 1992 at the top. */
export function yearScale(g: Geometry) {
	return scaleLinear()
		.domain([FIRST_YEAR, LAST_YEAR])
		.range([g.pad, g.pad + (LAST_YEAR - FIRST_YEAR) * g.perYear]);
}

export interface StackItem {
	/** Where the item's top would be with nothing in the way. */
	target: number;
	/** Its height. */
	size: number;
}

/**
 * Tops for items that must not overlap, kept in the given order, each as
 * close to its target as the others allow. Items that collide form a block
 * centred on the mean of its members' wishes (so a crowd spreads both up and
 * down), blocks merge until none overlap, and nothing goes above `min`.
 */
export function stackLabels(items: readonly StackItem[], gap = 0, min = -Infinity): number[] {
	interface Block {
		first: number;
		last: number;
		top: number;
	}
	const offset = (b: Block, j: number) => {
		let o = 0;
		for (let k = b.first; k < j; k++) o += items[k]!.size + gap;
		return o;
	};
	const height = (b: Block) => offset(b, b.last) + items[b.last]!.size;
	const ideal = (b: Block) => {
		let sum = 0;
		for (let j = b.first; j <= b.last; j++) sum += items[j]!.target - offset(b, j);
		return Math.max(min, sum / (b.last - b.first + 1));
	};
	const blocks: Block[] = items.map((it, i) => ({
		first: i,
		last: i,
		top: Math.max(min, it.target)
	}));
	for (let k = 1; k < blocks.length;) {
		const a = blocks[k - 1]!;
		const b = blocks[k]!;
		if (a.top + height(a) + gap > b.top + 1e-6) {
			const merged = { first: a.first, last: b.last, top: 0 };
			merged.top = ideal(merged);
			blocks.splice(k - 1, 2, merged);
			// The merged block may now reach back into the one before it.
			k = Math.max(1, k - 1);
		} else {
			k++;
		}
	}
	return blocks.flatMap((b) =>
		Array.from({ length: b.last - b.first + 1 }, (_, i) => b.top + offset(b, b.first + i))
	);
}

/**
 * A guess at a text's height before the browser has measured it (the
 * server render, no JavaScript): lines of `perLine` characters, generous so
 * a guess errs towards space rather than overlap.
 */
export function estimateHeight(
	chars: readonly number[],
	perLine: number,
	lineHeight: number
): number {
	return chars.reduce((h, c) => h + Math.max(1, Math.ceil(c / perLine)) * lineHeight, 0);
}

/** A leader from an event's dot on the spine to the first line of its text. */
export function leaderPath(g: Geometry, tickY: number, labelTop: number): string {
	const x0 = g.spineX + g.dotR * 2;
	const x1 = g.labelX - g.dotR * 2;
	const y1 = labelTop + g.anchor;
	const xm = (x0 + x1) / 2;
	const n = (v: number) => Number(v.toFixed(2));
	return `M${n(x0)},${n(tickY)}C${n(xm)},${n(tickY)},${n(xm)},${n(y1)},${n(x1)},${n(y1)}`;
}
