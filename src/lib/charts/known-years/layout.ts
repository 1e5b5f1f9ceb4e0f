/**
 * The closing figure's geometry, in viewBox units (100 wide, VIEW_H tall):
 * one slot per year from the first year of the output series to the last,
 * and a bar only in the years the page gives a figure for. Every other slot
 * is drawn empty, in the ghost grey the story uses for "no figure", so the
 * unknown years take the room they really span. No value is estimated for
 * them: a slot is filled only by a figure in the data module.
 */
import { fact, val, type FactId } from '$lib/data';
import { unitGrid } from '$lib/charts/shared/grid';

/** The series the figure shows: gross industrial output, the story's headline. */
export const SERIES = ['industrialOutput1997', 'industrialOutput2020'] as const satisfies FactId[];
export type SeriesId = (typeof SERIES)[number];

/** The year a figure is for; the series holds single-year figures only. */
export function yearOf(id: SeriesId): number {
	const w = fact(id).when;
	if (w.kind !== 'year') throw new Error(`${id}: expected a single year, got ${w.kind}`);
	return w.year;
}

export const FIRST_YEAR = Math.min(...SERIES.map(yearOf));
export const LAST_YEAR = Math.max(...SERIES.map(yearOf));

export const ASPECT = 1.6;
export const VIEW_H = 100 / ASPECT;
/** Room above the slots for the gap's bracket and its words. */
export const TOP = 9;
/** Room below them for the years and the values. */
export const BOTTOM = 14;
/** The slots' baseline; bars grow up from it. */
export const BASE = VIEW_H - BOTTOM;
export const PLOT_H = BASE - TOP;
/** Share of each slot's pitch left as air between slots. */
const AIR = 0.28;

export interface Slot {
	year: number;
	/** Left edge and width. */
	x: number;
	width: number;
	/** The figure for this year, or null where the page gives none. */
	fact: SeriesId | null;
	/** The bar, for a filled slot: its top and height (0 for an empty one). */
	barY: number;
	barH: number;
}

export function slots(): Slot[] {
	const count = LAST_YEAR - FIRST_YEAR + 1;
	const pitch = 100 / count;
	const grid = unitGrid({ count, cols: count, pitch, gap: AIR, x0: (pitch * AIR) / 2 });
	const max = Math.max(...SERIES.map(val));
	return grid.cells.map((c, i) => {
		const year = FIRST_YEAR + i;
		const id = SERIES.find((s) => yearOf(s) === year) ?? null;
		const barH = id ? (val(id) / max) * PLOT_H : 0;
		return { year, x: c.x, width: c.size, fact: id, barY: BASE - barH, barH };
	});
}

/** The run of empty slots between the two known years: where the bracket goes. */
export function emptyRun(all: readonly Slot[] = slots()): {
	x0: number;
	x1: number;
	years: number;
} {
	const empty = all.filter((s) => s.fact === null);
	const first = empty[0]!;
	const last = empty.at(-1)!;
	return { x0: first.x, x1: last.x + last.width, years: empty.length };
}

/**
 * Years named small on the axis between the two known ones, every five, to
 * help count the slots; one closer than TICK_CLEAR slots to a known year is
 * left out, or on a phone its label would touch that year's.
 */
const TICK_CLEAR = 4;
export function tickYears(): number[] {
	const out: number[] = [];
	for (let y = Math.ceil(FIRST_YEAR / 5) * 5; y < LAST_YEAR; y += 5) {
		if (y - FIRST_YEAR >= TICK_CLEAR && LAST_YEAR - y >= TICK_CLEAR) out.push(y);
	}
	return out;
}
