/**
 * The one unit grid of the story: every chart that draws one mark per thing
 * (money, rebuilding, livelihoods, people, the paired firms, the waffle) lays
 * its marks out with `unitGrid`, so no chart keeps a col/row loop of its own
 * and a square can only differ in size where a chart asks for it.
 *
 * Everything is in viewBox units. Cells fill rows of `cols` in reading order
 * (left to right, then the next row down), `pitch` apart both ways. The gap
 * is left after each cell, right and below, not around it: the first mark
 * then stands flush with the grid's top-left corner, where the label above
 * it starts, and the last row's marks end exactly at `y0 + height`.
 */

export interface GridSpec {
	/** Things to draw, one cell each. */
	count: number;
	/** Cells to a full row. */
	cols: number;
	/** From one cell's left (top) edge to the next one's. */
	pitch: number;
	/** Share of the pitch left empty after each cell, 0 to 1; 0 when a dot chart draws its own air. */
	gap?: number;
	/** Top-left corner of the first cell. */
	x0?: number;
	y0?: number;
	/** Extra space after every `every` columns, so a row can be counted in fives. */
	gutter?: { every: number; width: number };
}

export interface GridCell {
	/** Top-left corner of the mark. */
	x: number;
	y: number;
	/** Side of the square mark: the pitch less its gap. A dot is centred at x + size / 2. */
	size: number;
	/** 0-based, in reading order: cell i is at row floor(i / cols), column i % cols. */
	row: number;
	col: number;
}

export interface UnitGrid {
	cells: GridCell[];
	/** Rows the cells take; 0 for none. */
	rows: number;
	/** Left of the first column to the right edge of a full row's last mark. */
	width: number;
	/** Top of the first row to the bottom of the last row's marks; 0 for none. */
	height: number;
}

/**
 * The story's one square, for a viewBox 100 units wide: 50 to a full-width
 * row, with a fifth of each pitch left as air. Every chart whose copy says
 * "one square = one" thing (money's projects, rebuilding's docks and
 * facilities, livelihoods' things built) uses it in a 100-wide viewBox, so at
 * the same rendered width one square is one size wherever the story says so
 * (grid.test.ts holds them to it). People and the paired firms draw dots, and
 * the waffle's square is one per cent: they keep sizes of their own on the
 * same grid, and their layout files say why.
 */
export const UNIT_SQUARE = { pitch: 2, gap: 0.22 } as const;

/** Lays out `count` cells; pure, so the server render and the browser's agree. */
export function unitGrid({
	count,
	cols,
	pitch,
	gap = 0,
	x0 = 0,
	y0 = 0,
	gutter
}: GridSpec): UnitGrid {
	const size = pitch * (1 - gap);
	/** x of a column's left edge, gutters included. */
	const left = (col: number) =>
		x0 + col * pitch + (gutter ? Math.floor(col / gutter.every) * gutter.width : 0);
	const cells = Array.from({ length: Math.max(0, count) }, (_, i) => {
		const row = Math.floor(i / cols);
		const col = i % cols;
		return { x: left(col), y: y0 + row * pitch, size, row, col };
	});
	const rows = Math.ceil(cells.length / cols);
	return {
		cells,
		rows,
		width: left(cols - 1) + size - x0,
		height: rows > 0 ? (rows - 1) * pitch + size : 0
	};
}
