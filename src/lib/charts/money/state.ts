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
import { format } from 'd3-format';
import { val } from '$lib/data';
import type { Lang } from '$lib/i18n';
import { moneyTick } from '$lib/format/number';
import { clampStep } from '$lib/steps/clamp';
import { interpolateState } from '$lib/charts/shared/motion';

export const MONEY_STEPS = 5;

export const BAR_IDS = ['freeDonations', 'tradeFundsInPlace'] as const;
export type MoneyBarId = (typeof BAR_IDS)[number];

/** The numbers a step asks for; all tweenable. */
export interface MoneyState {
	/** Top of the value axis, in 亿元. */
	yMax: number;
	/** 0..1: how far the investment bar has grown in. */
	investment: number;
	/** 0..1 opacity of both bars, their labels and the axis. */
	bars: number;
	/** 0..1 opacity of the multiple panel: one donations block against the investment's blocks. */
	blocks: number;
	/** 0..1 opacity of the one-square-per-project panel. */
	squares: number;
	/** 0..1 opacity of the captions saying what kind of money each bar is. */
	kinds: number;
	/**
	 * 0..1 opacity of the "new scale" tag: on the step that changes the axis
	 * only, and part of the state (not an animation), so a reader who sees no
	 * motion (reduced motion, print, a jump) still learns the scale changed.
	 */
	newScale: number;
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
		// The bars step aside for the two square panels (the multiple, then the projects).
		bars: s === 2 || s === 3 ? 0 : 1,
		blocks: s === 2 ? 1 : 0,
		squares: s === 3 ? 1 : 0,
		kinds: s === 4 ? 1 : 0,
		newScale: s === 1 ? 1 : 0
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

/** The figure each bar encodes, in 亿元. */
export function barValue(id: MoneyBarId): number {
	return val(id);
}

/** How far a bar has grown in, 0..1, in a (tweened) state. */
export function barPresence(id: MoneyBarId, s: MoneyState): number {
	return id === 'freeDonations' ? 1 : s.investment;
}

/**
 * The value (亿元) a bar is drawn to in a (tweened) state. At rest it is the
 * bar's figure. Mid-rescale the investment grows toward its final HEIGHT
 * (its share of the final axis, times how far it has grown in), not toward
 * its figure on the moving axis: the axis top moves geometrically, so the
 * figure on it would shoot far above the plot in the first frames (seen at
 * 200 ms, the bar in the subtitle). This way the bar rises steadily and
 * never passes its final share of the plot on any frame.
 */
export function barDrawnValue(id: MoneyBarId, s: MoneyState): number {
	if (id === 'freeDonations') return barValue(id);
	return barValue(id) * s.investment * (s.yMax / Y_MAX_INVESTMENT);
}

/**
 * 0..1 opacity of the "new scale" tag: only over the last fifth of the
 * change. Earlier, the moving axis still has a gridline near the top whose
 * label (500, 5亿元) sits where the tag hangs (seen at 200 ms).
 */
export function tagOpacity(newScale: number): number {
	return lateRamp(newScale);
}

/** 0 up to `from`, then linearly to exactly 1 at 1 (no 0.9999… left on screen). */
function lateRamp(v: number, from = 0.8): number {
	if (v <= from) return 0;
	if (v >= 1) return 1;
	return (v - from) / (1 - from);
}

/**
 * 0..1 opacity of a bar's value label: the investment's arrives only over
 * the last fifth of its growth, once the bar has (nearly) landed, so it
 * never rides a moving bar; the donations' is always in. Both fade with the bars.
 */
export function valueLabelOpacity(id: MoneyBarId, s: MoneyState): number {
	return lateRamp(barPresence(id, s)) * s.bars;
}

/**
 * An English axis short of a billion yuan (10 亿元) reads in millions, so the
 * donations' ticks (100–400) speak the unit of their label, "397 million yuan".
 */
export function axisInMillions(yMax: number): boolean {
	return yMax < 10;
}

const millions = format(',');

/** A tick's words: millions or billions of yuan in English, 亿元 in Chinese. */
export function tickText(valueYi: number, yMax: number, lang: Lang): string {
	if (lang === 'en' && axisInMillions(yMax)) return millions(Math.round(valueYi * 100));
	return moneyTick(valueYi, lang);
}
