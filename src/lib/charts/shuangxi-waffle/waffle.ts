/**
 * A 10 × 10 waffle: each cell is one hundredth of Shuangxi's residents, and
 * the first cells in reading order are filled for the migrants' share. The
 * page gives a floor ("more than 30 %"), so the filled count rounds down:
 * the chart never shows more than the page says.
 *
 * On the shared unit grid but at a size of its own, not the story's one
 * square: here a square is one per cent, not one thing, and the hundred of
 * them fill a square the height of the drawing. Drawn at the one square's
 * size they would look like a hundred things, which the page does not count.
 */
import { unitGrid } from '$lib/charts/shared/grid';

export const COLS = 10;
export const ROWS = 10;
export const CELLS = COLS * ROWS;

/** Width / height of the drawing: the waffle is a square on the left, labels fill the rest. */
export const WAFFLE_ASPECT = 2.2;
export const VIEW_W = 100;
export const VIEW_H = VIEW_W / WAFFLE_ASPECT;
/** The waffle's side: the full height of the drawing. */
export const WAFFLE_SIDE = VIEW_H;
export const PITCH = WAFFLE_SIDE / COLS;
/** Air between cells as a share of the pitch. */
const GAP = 0.16;
/** Where the labels start, right of the waffle and its bracket. */
export const LABEL_X = WAFFLE_SIDE + 6;

export interface Cell {
	x: number;
	y: number;
	size: number;
	filled: boolean;
}

/** The share of all residents one cell stands for, in percent. */
export function cellShare(cells: number = CELLS): number {
	return 100 / cells;
}

/** How many cells a percentage fills: rounded down, clamped to the grid. */
export function filledCells(percent: number, cells: number = CELLS): number {
	if (!Number.isFinite(percent)) return 0;
	const n = Math.floor((percent / 100) * cells + 1e-9);
	return Math.max(0, Math.min(cells, n));
}

/** The first `count` cells of the waffle, on the shared unit grid. */
const waffleGrid = (count: number) => unitGrid({ count, cols: COLS, pitch: PITCH, gap: GAP });

/** Every cell, reading order (left to right, top down), the first `filled` filled. */
export function waffleCells(percent: number): Cell[] {
	const filled = filledCells(percent);
	return waffleGrid(CELLS).cells.map((c, i) => ({
		x: c.x,
		y: c.y,
		size: c.size,
		filled: i < filled
	}));
}

/** The bracket beside the filled rows: from the top to the bottom of the last filled row. */
export function filledBracket(percent: number): { x: number; y1: number; y2: number } {
	const { height } = waffleGrid(filledCells(percent));
	return { x: WAFFLE_SIDE + 2, y1: 0, y2: height };
}
