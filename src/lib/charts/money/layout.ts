/**
 * Where the money chart's marks sit, in viewBox units: the drawing area is
 * 100 wide and 100 / MONEY_ASPECT tall. The bars keep one slot each on every
 * step; the squares panel puts one square per project on the story's shared
 * unit grid, so a project's square is the size of a dock's in the rebuilding
 * chart. The multiple panel puts the same comparison as the bars in that
 * square vocabulary: one block the size of the donations, then as many such
 * blocks as the investment holds. The step decides only what is visible
 * (state.ts).
 */
import { val } from '$lib/data';
import { DERIVED } from '$lib/data/derive';
import { UNIT_SQUARE, unitGrid, type GridCell, type UnitGrid } from '$lib/charts/shared/grid';
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

export interface SquareGroup<Id extends string = SquareGroupId> {
	id: Id;
	/** Top of the label line. */
	labelY: number;
	/** One square per project, in reading order; `row` groups them for the row-by-row fade. */
	squares: GridCell[];
	/** Bottom of the last row. */
	bottom: number;
}

/**
 * Groups of marks one above the other, each under its label line, the last
 * row resting on `bottom`: the panel stands where the bars stood.
 */
function stackGroups<Id extends string>(
	ids: readonly Id[],
	grid: (id: Id, y0: number) => UnitGrid,
	bottom: number
): SquareGroup<Id>[] {
	const heights = ids.map((id) => SQUARE_LABEL_H + grid(id, 0).height);
	let y = bottom - heights.reduce((a, b) => a + b, 0) - GROUP_GAP * (ids.length - 1);
	return ids.map((id) => {
		const g = grid(id, y + SQUARE_LABEL_H);
		const group = { id, labelY: y, squares: g.cells, bottom: y + SQUARE_LABEL_H + g.height };
		y = group.bottom + GROUP_GAP;
		return group;
	});
}

/** One square per project, the two kinds one above the other, on the story's unit grid. */
export function squaresLayout(bottom = PLOT_BOTTOM): SquareGroup[] {
	const grid = (id: SquareGroupId, y0: number) =>
		unitGrid({ count: val(id), cols: COLS, ...UNIT_SQUARE, y0 });
	return stackGroups(SQUARE_IDS, grid, bottom);
}

/**
 * How long a square panel waits before it fades in (ms): the bars fade out
 * over the one-second tween, and by 700 ms they are nearly gone, so the
 * panel's words never sit over the bars' (seen mid-transition).
 */
export const ENTER_DELAY = 700;

export const BLOCK_IDS = ['freeDonations', 'tradeFundsInPlace'] as const;
export type BlockGroupId = (typeof BLOCK_IDS)[number];

/**
 * Whole donation-sized blocks in the investment: the derived multiple
 * (230.31 / 3.97, about 58), never a typed number. Whole blocks only, so the
 * panel never draws more money than the page reports.
 */
export function multipleBlocks(): number {
	return Math.floor(DERIVED.investmentToDonations.value);
}

/** Blocks to a row: 58 make four full rows and a short fifth, narrow enough to count. */
export const BLOCK_COLS = 12;
/** Bigger than a project's square: a block is an amount of money, not a thing. */
const BLOCK = { pitch: VIEW_W / BLOCK_COLS, gap: 0.16 } as const;

/**
 * The multiple as blocks: the donations as one block (labelled above), then
 * the investment as `multipleBlocks()` blocks of the same size, the last row
 * resting on the bars' baseline like the projects panel.
 */
export function multipleLayout(bottom = PLOT_BOTTOM): SquareGroup<BlockGroupId>[] {
	const counts: Record<BlockGroupId, number> = {
		freeDonations: 1,
		tradeFundsInPlace: multipleBlocks()
	};
	const grid = (id: BlockGroupId, y0: number) =>
		unitGrid({ count: counts[id], cols: BLOCK_COLS, ...BLOCK, y0 });
	return stackGroups(BLOCK_IDS, grid, bottom);
}
