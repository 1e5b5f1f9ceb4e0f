/**
 * What the money chart draws at each scroll step, as plain numbers. The
 * chart tweens between these; nothing here knows about scrolling.
 *
 * The two amounts differ about 58-fold, so the value axis changes once, in
 * view: from a scale that fits the donations to one that fits the
 * investment. After that the scale never changes again, so every later bar
 * is drawn to the same axis.
 */
import { ticks } from 'd3-array';
import { val } from '$lib/data';
import { DERIVED } from '$lib/data/derive';
import { clampStep } from '$lib/steps/clamp';
import { interpolateState } from '$lib/charts/shared/motion';

export const MONEY_STEPS = 5;

/** Width / height of the drawing area; fixed so the server render matches the browser. */
export const MONEY_ASPECT = 1.1;

export const BAR_IDS = ['freeDonations', 'tradeFundsInPlace'] as const;
export type MoneyBarId = (typeof BAR_IDS)[number];

export const SQUARE_IDS = ['publicWelfareProjects', 'tradeProjects'] as const;
export type SquareGroupId = (typeof SQUARE_IDS)[number];

/** The numbers a step asks for; all tweenable. */
export interface MoneyState {
	/** Top of the value axis, in 亿元. */
	yMax: number;
	/** 0..1: how far the investment bar has grown in. */
	investment: number;
	/** 0..1 opacity of both bars, their labels and the axis. */
	bars: number;
	/** 0..1 opacity of the donation-sized blocks in the investment bar. */
	blocks: number;
	/** 0..1 opacity of the one-square-per-project panel. */
	squares: number;
	/** 0..1 opacity of the captions saying what kind of money each bar is. */
	kinds: number;
}

/** Room above the donations bar while it stands alone, so its label fits. */
export const Y_MAX_DONATIONS = 4.6;
/**
 * Top of the axis once the scale has changed: a labelled tick (30 billion /
 * 300亿元) with the investment bar (230.31) well under it. The gap is room
 * for the bar's value label below the top gridline; with the axis at 250
 * the label ran into that line, and with ticks every 50 one would cut
 * through it.
 */
export const Y_MAX_INVESTMENT = 300;

/** The chart state for a step; an out-of-range step clamps to a real one. */
export function moneyState(step: number): MoneyState {
	const s = clampStep(step, MONEY_STEPS);
	return {
		yMax: s === 0 ? Y_MAX_DONATIONS : Y_MAX_INVESTMENT,
		investment: s >= 1 ? 1 : 0,
		bars: s === 3 ? 0 : 1,
		blocks: s === 2 ? 1 : 0,
		squares: s === 3 ? 1 : 0,
		kinds: s === 4 ? 1 : 0
	};
}

/**
 * Tween between two states: a new object every frame (see motion.ts), and
 * the axis top moving by a constant ratio, so the donations bar shrinks at
 * an even pace the reader can follow instead of collapsing in the first
 * tenth of the move; everything else moves linearly.
 */
export const interpolateMoneyState = interpolateState<MoneyState>(['yMax']);

/** Gridline values (亿元) for an axis from 0 to `yMax`: about four, zero left out. */
export function axisTicks(yMax: number): number[] {
	return ticks(0, yMax, 4).filter((t) => t > 0);
}

/** Geometry in viewBox units: the drawing area is 100 wide and 100 / ASPECT tall. */
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

/** The figure each bar encodes, in 亿元. */
export function barValue(id: MoneyBarId): number {
	return val(id);
}

/** How far a bar has grown in, 0..1, in a (tweened) state. */
export function barPresence(id: MoneyBarId, s: MoneyState): number {
	return id === 'freeDonations' ? 1 : s.investment;
}

/** Whole donation-sized blocks that fit in the investment bar. */
export function blockCount(): number {
	return Math.floor(DERIVED.investmentToDonations.value);
}

/** One square per project: the squares panel. */
export const COLS = 50;
const PITCH = VIEW_W / COLS;
const GAP = 0.22;
/** Height of the label line above each group of squares. */
export const SQUARE_LABEL_H = 5.5;
/** Space between the two groups. */
const GROUP_GAP = 3;

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface SquareGroup {
	id: SquareGroupId;
	/** Top of the label line. */
	labelY: number;
	squares: Rect[];
	/** Bottom of the last row. */
	bottom: number;
}

/** Height of one group: its label line and its rows of squares. */
function groupHeight(n: number): number {
	return SQUARE_LABEL_H + (Math.ceil(n / COLS) - 1) * PITCH + PITCH * (1 - GAP);
}

/**
 * Lays out one square per project, the two kinds one above the other, the
 * last row resting on `bottom` (by default the bars' baseline, so the panel
 * stands where the bars stood).
 */
export function squaresLayout(bottom = PLOT_BOTTOM): SquareGroup[] {
	const size = PITCH * (1 - GAP);
	const heights = SQUARE_IDS.map((id) => groupHeight(val(id)));
	let y = bottom - heights.reduce((a, b) => a + b, 0) - GROUP_GAP * (SQUARE_IDS.length - 1);
	return SQUARE_IDS.map((id) => {
		const n = val(id);
		const first = y + SQUARE_LABEL_H;
		const squares = Array.from({ length: n }, (_, i) => ({
			x: (i % COLS) * PITCH,
			y: first + Math.floor(i / COLS) * PITCH,
			w: size,
			h: size
		}));
		const last = first + (Math.ceil(n / COLS) - 1) * PITCH + size;
		const group = { id, labelY: y, squares, bottom: last };
		y = last + GROUP_GAP;
		return group;
	});
}
