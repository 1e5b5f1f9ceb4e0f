/**
 * Where everything in the people chart sits, in viewBox units (100 wide,
 * 100 / PEOPLE_ASPECT tall). Two panels, one per direction of travel:
 *   - Zhejiang -> Fuling: one dot per visiting leader, 40 to a row, and a
 *     "+" after the last dot where the page says "more than" (all three are
 *     floors, so the dots are the stated floor, never an invented total);
 *   - Fuling -> Zhejiang: one square per PEOPLE_PER_SQUARE people who went
 *     in delegations (the one figure on that side counted in people, so the
 *     one a mark can stand for), on the same pitch as the leaders' dots;
 *     then a ledger of labelled counts, one row each. The ledger's units
 *     differ (delegations, person-times, visits, people), so none of its
 *     rows is drawn to a scale and none is set against another.
 * The chart is static: this is all it draws, in every state.
 */
import { fact, val } from '$lib/data';
import { unitGrid, type GridCell } from '$lib/charts/shared/grid';

export const VIEW_W = 100;
/**
 * Dots per row; one extra slot at the row's end keeps room for the "+".
 * On the shared unit grid but at a size of its own, not the story's one
 * square: these are dots for people, and rows of 40 make the counts read
 * at a glance (40 city leaders fill one row, 80 department heads exactly
 * two); at the one square's 50 a row, 80 would be a row and a ragged half.
 */
export const COLS = 40;
export const PITCH = VIEW_W / (COLS + 1);
export const DOT_R = PITCH * 0.36;

/** A panel heading: the direction ("Zhejiang -> Fuling") over what is shown. */
export const HEAD_H = 12.5;
/** The label line above each group of dots. */
export const LABEL_H = 6.5;
/** Space below each group, more than between a label and its dots. */
const GROUP_GAP = 2.5;
/** The on-site donations line under the dots. */
export const DONATION_H = 12;
/** Space between the two panels; the rule sits in its middle. */
const PANEL_GAP = 5;
/** One ledger row: a number over its unit, and a caption beside it. */
export const ROW_H = 12.5;
/** Below the visitors' squares, before the ledger. */
const STRIP_GAP = 3;

/**
 * People per square in the visitors' strip. Ten, not one: 2,061 single marks
 * would be a grey texture; at ten a square the strip is as countable as the
 * leaders' rows above. The key beside the strip states it.
 */
export const PEOPLE_PER_SQUARE = 10;
/** Air between squares, as a share of the pitch: the leaders' dots leave about as much. */
const SQUARE_GAP = 0.22;

/**
 * How many squares stand for `people`: rounded to the nearest whole square
 * (2,061 -> 206), so the strip is never more than half a square off, and
 * the key says the squares are rounded.
 */
export function squaresFor(people: number): number {
	return Math.round(people / PEOPLE_PER_SQUARE);
}

export const LEADER_IDS = [
	'provincialLeaders',
	'provincialDeptLeaders',
	'cityCountyLeaders'
] as const;
export type LeaderId = (typeof LEADER_IDS)[number];

/** Ledger rows and the figure each row leads with. */
export const ROW_FACTS = {
	delegations: 'fulingDelegations',
	secondments: 'secondedCadres',
	exchange: 'exchangeVisits',
	training: 'peopleTrained',
	study: 'cadresStudied2020'
} as const;
export type RowId = keyof typeof ROW_FACTS;
export const ROW_IDS = Object.keys(ROW_FACTS) as RowId[];

export interface Point {
	x: number;
	y: number;
}

export interface LeaderGroup {
	id: LeaderId;
	/** Top of the label line. */
	labelY: number;
	/** Dot centres, one per leader the page counts. */
	dots: Point[];
	/** Centre of the "+" after the last dot; null when the figure is exact. */
	floor: Point | null;
}

export interface LedgerRow {
	id: RowId;
	factId: (typeof ROW_FACTS)[RowId];
	y: number;
	h: number;
}

export interface VisitorStrip {
	/** Top of the strip's label line. */
	labelY: number;
	/** One square per PEOPLE_PER_SQUARE people, in rows of COLS. */
	squares: GridCell[];
}

export interface PeopleLayout {
	zhejiang: { headY: number; groups: LeaderGroup[]; donationY: number };
	fuling: { headY: number; visitors: VisitorStrip; rows: LedgerRow[] };
	/** y of the rule between the panels. */
	divider: number;
	/** Total height of the drawing, in viewBox units. */
	height: number;
}

/**
 * One slot per leader from the top of a group's rows. No gap: each cell is
 * a whole slot and the dot inside it (DOT_R) leaves its own air.
 */
const leaderGrid = (count: number, top: number) =>
	unitGrid({ count, cols: COLS, pitch: PITCH, y0: top });

const centre = (c: GridCell): Point => ({ x: c.x + c.size / 2, y: c.y + c.size / 2 });

/**
 * Where the "+" goes after `count` dots: the next free slot in the last
 * row, or the spare slot at the end of that row when the row is full, so
 * the marker never starts a row of its own.
 */
export function floorSlot(count: number, top: number): Point {
	const { cells } = leaderGrid(count + 1, top);
	const next = cells[count]!;
	const last = cells[count - 1];
	return last && next.row > last.row ? centre({ ...last, x: last.x + PITCH }) : centre(next);
}

/** Lays out both panels once, top to bottom. */
export function peopleLayout(): PeopleLayout {
	let y = 0;
	const zHead = y;
	y += HEAD_H;
	const groups: LeaderGroup[] = LEADER_IDS.map((id) => {
		const n = val(id);
		const labelY = y;
		const top = y + LABEL_H;
		const grid = leaderGrid(n, top);
		// At least one row, so a floor figure with no dots still has a line for its "+".
		y = top + Math.max(1, grid.rows) * PITCH + GROUP_GAP;
		return {
			id,
			labelY,
			dots: grid.cells.map(centre),
			floor: fact(id).floor ? floorSlot(n, top) : null
		};
	});
	const donationY = y;
	y += DONATION_H;
	const divider = y + PANEL_GAP / 2;
	y += PANEL_GAP;
	const fHead = y;
	y += HEAD_H;
	const visitorsLabelY = y;
	y += LABEL_H;
	const strip = unitGrid({
		count: squaresFor(val('fulingVisitors')),
		cols: COLS,
		pitch: PITCH,
		gap: SQUARE_GAP,
		y0: y
	});
	y += strip.rows * PITCH + STRIP_GAP;
	const rows: LedgerRow[] = ROW_IDS.map((id) => {
		const row = { id, factId: ROW_FACTS[id], y, h: ROW_H };
		y += ROW_H;
		return row;
	});
	return {
		zhejiang: { headY: zHead, groups, donationY },
		fuling: { headY: fHead, visitors: { labelY: visitorsLabelY, squares: strip.cells }, rows },
		divider,
		height: y
	};
}

export const PEOPLE_LAYOUT = peopleLayout();
/** Width / height of the drawing: fixed, so the server render is the browser's. */
export const PEOPLE_ASPECT = VIEW_W / PEOPLE_LAYOUT.height;
