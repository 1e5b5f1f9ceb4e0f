/**
 * Many identical marks as one SVG path: a group (or a row) of unit squares or
 * dots drawn by one `<path>` of many closed sub-paths instead of one element
 * each. It looks the same (fill, and a stroke drawn round every square), but
 * the page holds a few hundred nodes instead of thousands, which is most of
 * what the browser spends on parsing, hydrating, styling and laying out the
 * story (the prerendered flat layout draws every step's chart).
 *
 * A path drawn this way carries `data-count`: how many marks it holds, which
 * the tests and anything else counting marks read instead of elements.
 */

/** Enough for a viewBox 100 units wide drawn a few thousand pixels wide; fewer bytes than full floats. */
const num = (v: number): string => String(Math.round(v * 1000) / 1000);

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Rectangles, each a closed sub-path from its top-left corner, clockwise. */
export function rectsPath(boxes: readonly Box[]): string {
	let d = '';
	for (const { x, y, w, h } of boxes) {
		d += `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}z`;
	}
	return d;
}

/** Squares given by their top-left corner and side (a GridCell). */
export function squaresPath(cells: readonly { x: number; y: number; size: number }[]): string {
	return rectsPath(cells.map(({ x, y, size }) => ({ x, y, w: size, h: size })));
}

/** Circles of radius `r` about each centre: two half-circle arcs each. */
export function dotsPath(centres: readonly { x: number; y: number }[], r: number): string {
	let d = '';
	const rr = num(r);
	const dx = num(2 * r);
	for (const { x, y } of centres) {
		d += `M${num(x - r)} ${num(y)}a${rr} ${rr} 0 1 0 ${dx} 0a${rr} ${rr} 0 1 0 -${dx} 0z`;
	}
	return d;
}

/** Cells split by their `row`, in row order: one path per row when rows reveal in turn. */
export function byRow<T extends { row: number }>(cells: readonly T[]): T[][] {
	const rows: T[][] = [];
	for (const c of cells) (rows[c.row] ??= []).push(c);
	return rows.filter(Boolean);
}
