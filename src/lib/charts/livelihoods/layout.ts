/**
 * Where every mark of the livelihoods chart sits, in viewBox units (100 wide,
 * 100 / ASPECT tall). Small multiples, one row per area:
 *   - left, the money: a bar per area on ONE shared 万元 scale, over a track
 *     the length of the whole scale, so rows compare directly;
 *   - right, the counts: one mark per thing, all the same size in every row
 *     (squares for things built, dots for honours, pairings, people trained),
 *     on the story's one square (shared/grid.ts): a nursing home's square is
 *     the size of a project's in money and of a dock's in rebuilding.
 * Rows are as tall as their content needs and no taller: on phones the chart
 * is sticky above the text, so every unit of height is taken from the steps.
 */
import { scaleLinear } from 'd3-scale';
import { fact, val } from '$lib/data';
import { UNIT_SQUARE, unitGrid, type GridCell } from '$lib/charts/shared/grid';
import { ROWS, type CountId, type MarkKind, type MoneyId, type RowId } from './state';

export const VIEW_W = 100;

/** The money column: x from 0 to MONEY_W. */
export const MONEY_W = 40;
/** The counts column: x from MARKS_X to VIEW_W. */
export const MARKS_X = 46;
/**
 * Marks per line: as many of the story's one square as the counts column
 * holds. The square's size is fixed and the column's line length follows
 * from it, never the other way round.
 */
export const COLS = Math.floor((VIEW_W - MARKS_X) / UNIT_SQUARE.pitch);

/** The line of tick labels above the first row. */
export const TICK_H = 7;
/** A line of label text (row name, count label), tall enough at 288 px wide. */
export const LINE_H = 5.4;
const BAR_H = 3.6;
/**
 * Room under the bar for its value: one line, two for a floor figure
 * ("more than 1.5 / million yuan" breaks before the unit at 288 px).
 */
export const MONEY_LINE_H = 5.5;
const BAR_GAP = 0.8;
/** Between two count groups in a row: room for the lower label's ascent above the marks over it. */
const GROUP_GAP = 1.8;
const ROW_GAP = 2.5;
/** How far the faded end of a floor figure's bar runs past the figure. */
export const FLOOR_FADE = 5;

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface CountGroup {
	id: CountId;
	mark: MarkKind;
	/** Top of the group's label line. */
	labelY: number;
	/** One cell per counted thing; squares fill it, dots are inscribed in it. */
	marks: GridCell[];
}

export interface RowLayout {
	id: RowId;
	money: MoneyId;
	/** Top of the row: the row's name sits here. */
	y: number;
	/** The row's height, money and counts sides together. */
	h: number;
	bar: Rect;
	/** The whole scale behind the bar. */
	track: Rect;
	/** The faded "and more" past a floor figure's end; absent for exact figures. */
	floor?: Rect;
	/** Top of the money label under the bar. */
	moneyLabelY: number;
	counts: CountGroup[];
}

export interface Tick {
	value: number;
	x: number;
}

const MONEY_MAX = Math.max(...ROWS.map((r) => val(r.money)));

/** The one money scale for every row: 万元 up to the next round hundred. */
export function moneyScale() {
	return scaleLinear()
		.domain([0, Math.ceil(MONEY_MAX / 100) * 100])
		.range([0, MONEY_W]);
}

/** Notches across every track, in 万元: every 500 (5 million yuan). Each one is labelled. */
export function moneyTicks(): Tick[] {
	const scale = moneyScale();
	return scale.ticks(3).map((value) => ({ value, x: scale(value) }));
}

/**
 * The ticks that carry a number: every notch, so no notch on a bar goes
 * unexplained. The labels are bare numbers (the subtitle gives the unit),
 * which keeps four-digit Chinese labels apart at 288 px.
 */
export function labelledTicks(): Tick[] {
	return moneyTicks();
}

/** The hairlines between rows, in the middle of each gap: bands of even rhythm however tall a row is. */
export function rowRules(): number[] {
	return ROW_TOPS.slice(1).map((top) => top - ROW_GAP / 2);
}

/** One count's marks, in lines of COLS from the counts column's left edge. */
const countGrid = (count: number, y0 = 0) =>
	unitGrid({ count, cols: COLS, ...UNIT_SQUARE, x0: MARKS_X, y0 });

/** Height a count group needs: its label, then its lines of marks. */
function groupHeight(count: number): number {
	return LINE_H + countGrid(count).height;
}

/** A row's height: the taller of its money side and its counts side. */
function rowHeight(r: (typeof ROWS)[number]): number {
	const lines = fact(r.money).floor ? 2 : 1;
	const money = LINE_H + BAR_H + BAR_GAP + lines * MONEY_LINE_H;
	const counts =
		r.counts.reduce((h, c) => h + groupHeight(val(c.id)), 0) + (r.counts.length - 1) * GROUP_GAP;
	return Math.max(money, counts);
}

const ROW_HEIGHTS = ROWS.map(rowHeight);
const ROW_TOPS = ROW_HEIGHTS.map(
	(_, i) => TICK_H + ROW_HEIGHTS.slice(0, i).reduce((a, h) => a + h + ROW_GAP, 0)
);

export const VIEW_H = TICK_H + ROW_HEIGHTS.reduce((a, h) => a + h, 0) + (ROWS.length - 1) * ROW_GAP;
/** Width / height of the drawing area, fixed so the server render matches the browser. */
export const LIVELIHOODS_ASPECT = VIEW_W / VIEW_H;

/** Lays out every row once; the state only decides which are in focus. */
export function livelihoodsLayout(): RowLayout[] {
	const scale = moneyScale();
	const full = scale.range()[1] ?? MONEY_W;
	return ROWS.map((r, i) => {
		const y = ROW_TOPS[i] ?? 0;
		const barY = y + LINE_H;
		const w = scale(val(r.money));
		let gy = y;
		const counts = r.counts.map((c) => {
			const group: CountGroup = {
				id: c.id,
				mark: c.mark,
				labelY: gy,
				marks: countGrid(val(c.id), gy + LINE_H).cells
			};
			gy += groupHeight(val(c.id)) + GROUP_GAP;
			return group;
		});
		return {
			id: r.id,
			money: r.money,
			y,
			h: ROW_HEIGHTS[i] ?? 0,
			bar: { x: 0, y: barY, w, h: BAR_H },
			track: { x: 0, y: barY, w: full, h: BAR_H },
			floor: fact(r.money).floor ? { x: w, y: barY, w: FLOOR_FADE, h: BAR_H } : undefined,
			moneyLabelY: barY + BAR_H + BAR_GAP,
			counts
		};
	});
}
