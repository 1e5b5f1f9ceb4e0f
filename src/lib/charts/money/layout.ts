/**
 * Where the money chart's marks sit, in viewBox units: the drawing area is
 * 100 wide and 100 / MONEY_ASPECT tall. The bars keep one slot each on every
 * step; the squares panel puts one square per project on the story's shared
 * unit grid, so a project's square is the size of a dock's in the rebuilding
 * chart. The step decides only what is visible (state.ts).
 */
import { val } from '$lib/data';
import { UNIT_SQUARE, unitGrid, type GridCell } from '$lib/charts/shared/grid';
import type { MoneyBarId } from './state';

/** Width / height of the drawing area; fixed so the server render matches the browser. */
export const MONEY_ASPECT = 1.1;

export const VIEW_W = 100;
export const VIEW_H = VIEW_W / MONEY_ASPECT;
export const PLOT_TOP = 13;
/** Room below for each bar's name and, on the last step, what kind of money it is. */
export const PLOT_BOTTOM = VIEW_H - 18;
export const PLOT_LEFT = 12;

export interface Slot {
	x: number;
	w: number;
}

/** Both bars keep their place on every step: the comparison never moves. */
export const SLOTS: Record<MoneyBarId, Slot> = {
	freeDonations: { x: 22, w: 26 },
	tradeFundsInPlace: { x: 60, w: 26 }
};

export const SQUARE_IDS = ['publicWelfareProjects', 'tradeProjects'] as const;
export type SquareGroupId = (typeof SQUARE_IDS)[number];

/** Squares to a row: the full width of the drawing at the story's one square size. */
export const COLS = VIEW_W / UNIT_SQUARE.pitch;
/** Height of the label line above each group of squares. */
export const SQUARE_LABEL_H = 5.5;
/** Space between the two groups. */
const GROUP_GAP = 3;

export interface SquareGroup {
	id: SquareGroupId;
	/** Top of the label line. */
	labelY: number;
	/** One square per project, in reading order; `row` groups them for the row-by-row fade. */
	squares: GridCell[];
	/** Bottom of the last row. */
	bottom: number;
}

/** One group's squares, their first row's top at `y0`. */
const projectGrid = (id: SquareGroupId, y0 = 0) =>
	unitGrid({ count: val(id), cols: COLS, ...UNIT_SQUARE, y0 });

/**
 * Lays out one square per project, the two kinds one above the other, the
 * last row resting on `bottom` (by default the bars' baseline, so the panel
 * stands where the bars stood).
 */
export function squaresLayout(bottom = PLOT_BOTTOM): SquareGroup[] {
	const heights = SQUARE_IDS.map((id) => SQUARE_LABEL_H + projectGrid(id).height);
	let y = bottom - heights.reduce((a, b) => a + b, 0) - GROUP_GAP * (SQUARE_IDS.length - 1);
	return SQUARE_IDS.map((id) => {
		const grid = projectGrid(id, y + SQUARE_LABEL_H);
		const group = { id, labelY: y, squares: grid.cells, bottom: y + SQUARE_LABEL_H + grid.height };
		y = group.bottom + GROUP_GAP;
		return group;
	});
}
