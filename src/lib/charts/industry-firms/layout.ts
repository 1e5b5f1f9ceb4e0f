/**
 * Where every dot of the paired-firms chart sits, in viewBox units (100 wide,
 * 100 / FIRMS_ASPECT tall). One dot per firm, Zhejiang's block on the left and
 * Fuling's on the right, ten to a row with a gap after the fifth so a reader
 * can count them in fives, tens and twenties (see slotOf). Both blocks share one dot size and pitch,
 * so 42 looks 42 / 35 times as many as 35. No dot is tied to another: the page
 * gives the two totals, not who worked with whom.
 */
import { val } from '$lib/data';
import { unitGrid } from '$lib/charts/shared/grid';

export const BLOCK_IDS = ['zhejiangFirms', 'fulingFirms'] as const;
export type BlockId = (typeof BLOCK_IDS)[number];

export const VIEW_W = 100;
/**
 * Dots per row. On the shared unit grid but at a size of its own, not the
 * story's one square: 77 dots in two blocks of ten across, split in fives,
 * is what makes them countable; at the one square's size each block would
 * be 21 across and the fives and tens would be lost.
 */
export const COLS = 10;
/** Width of each block; the space between them holds the double arrow. */
export const BLOCK_W = 42;
/** Extra space between the fifth and sixth dot of a row. */
const SPLIT = 1.2;
export const PITCH = (BLOCK_W - SPLIT) / COLS;
/** Dot radius as a share of the pitch: about a quarter of each pitch is air. */
const R = PITCH * 0.37;
/** Height of the label band above the dots. */
export const LABEL_H = 8;
const BOTTOM_PAD = 0.6;

export interface Dot {
	cx: number;
	cy: number;
	r: number;
}

export interface Block {
	id: BlockId;
	/** Left edge of the block. */
	x: number;
	dots: Dot[];
}

/** Columns in each half of a block, and rows in the left half's block of twenty. */
export const HALF = 5;
export const BAND_ROWS = 4;
const BAND = HALF * BAND_ROWS;

/**
 * The full grid of slots a block's dots are placed in: rows of ten, split
 * after the fifth. Gap 0, so each cell is a whole slot and the dot (R)
 * leaves its own air.
 */
const slotGrid = (rows: number, x0 = 0, top = 0) =>
	unitGrid({
		count: rows * COLS,
		cols: COLS,
		pitch: PITCH,
		x0,
		y0: top,
		gutter: { every: HALF, width: SPLIT }
	});

/**
 * Row and column of the i-th dot. A reader counts a block in twenties, the
 * five-by-four halves either side of the split: the left half fills first
 * (twenty), then the right half, and what is left over carries on down the
 * right half. So 42 reads as 20 + 20 + 2, the 2 under the second twenty,
 * never as a new row under the first.
 */
export function slotOf(i: number): { row: number; col: number } {
	if (i < BAND) return { row: Math.floor(i / HALF), col: i % HALF };
	const k = i - BAND;
	return { row: Math.floor(k / HALF), col: HALF + (k % HALF) };
}

/** Rows `count` dots take: the deeper of the two halves. */
export function rowsFor(count: number): number {
	const left = Math.ceil(Math.min(count, BAND) / HALF);
	const right = Math.ceil(Math.max(0, count - BAND) / HALF);
	return Math.max(left, right);
}

/** `count` dots from (x0, top), in the order of slotOf. */
export function dotGrid(count: number, x0: number, top: number): Dot[] {
	const cells = slotGrid(rowsFor(count), x0, top).cells;
	return Array.from({ length: count }, (_, i) => {
		const { row, col } = slotOf(i);
		const c = cells[row * COLS + col]!;
		return { cx: c.x + c.size / 2, cy: c.y + c.size / 2, r: R };
	});
}

/** Rows of the block for `id`. */
const rowsOf = (id: BlockId) => rowsFor(val(id));

const MAX_ROWS = Math.max(...BLOCK_IDS.map(rowsOf));
export const VIEW_H = LABEL_H + MAX_ROWS * PITCH + BOTTOM_PAD;
export const FIRMS_ASPECT = VIEW_W / VIEW_H;

/** Left edge of each block. */
export const BLOCK_X: Record<BlockId, number> = { zhejiangFirms: 0, fulingFirms: VIEW_W - BLOCK_W };

/** Both blocks, laid out once from the data. */
export function firmsLayout(): Block[] {
	return BLOCK_IDS.map((id) => ({
		id,
		x: BLOCK_X[id],
		dots: dotGrid(val(id), BLOCK_X[id], LABEL_H)
	}));
}

/** The double arrow between the blocks: centred in the gap, level with the dots. */
export function arrowBetween(): { x1: number; x2: number; y: number } {
	const gapL = BLOCK_W;
	const gapR = VIEW_W - BLOCK_W;
	const inset = (gapR - gapL) * 0.22;
	return {
		x1: gapL + inset,
		x2: gapR - inset,
		y: LABEL_H + (rowsOf('zhejiangFirms') * PITCH) / 2
	};
}
