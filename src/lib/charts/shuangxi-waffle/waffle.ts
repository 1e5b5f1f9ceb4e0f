/**
 * A 10 × 10 waffle: each cell is one hundredth of Shuangxi's residents, and
 * the first cells in reading order are filled for the migrants' share. The
 * page gives a floor ("more than 30 %"), so the filled count rounds down:
 * the chart never shows more than the page says.
 */
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

/** Every cell, reading order (left to right, top down), the first `filled` filled. */
export function waffleCells(percent: number): Cell[] {
	const filled = filledCells(percent);
	const size = PITCH * (1 - GAP);
	return Array.from({ length: CELLS }, (_, i) => ({
		x: (i % COLS) * PITCH,
		y: Math.floor(i / COLS) * PITCH,
		size,
		filled: i < filled
	}));
}

/** The bracket beside the filled rows: from the top to the bottom of the last filled row. */
export function filledBracket(percent: number): { x: number; y1: number; y2: number } {
	const rows = Math.ceil(filledCells(percent) / COLS);
	return { x: WAFFLE_SIDE + 2, y1: 0, y2: rows * PITCH - PITCH * GAP };
}
