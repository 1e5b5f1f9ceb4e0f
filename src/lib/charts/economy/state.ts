/**
 * What the economy chart draws at each scroll step, as plain numbers. The
 * chart tweens between these; nothing here knows about scrolling.
 */
import { val } from '$lib/data';
import { DERIVED } from '$lib/data/derive';
import { clampStep } from '$lib/steps/clamp';
import { interpolateState } from '$lib/charts/shared/motion';

/**
 * 0: 1997 alone; 1: 2020 bursts through the 1997 scale, no number yet;
 * 2: the scale changes and 2020's number arrives, the axis tagged "new
 * scale" so a reader who sees no motion (reduced motion, print, a jump)
 * still learns the axis changed; 3: 1997-sized blocks fill the 2020 bar;
 * 4: GDP beside output. The jump gets a beat of its own (1)
 * so a reader feels it before reading the figure.
 */
export const ECONOMY_STEPS = 5;

/** Width / height of the chart's drawing area; fixed so the server render matches the browser. */
export const ECONOMY_ASPECT = 1.1;

export const BAR_IDS = [
	'industrialOutput1997',
	'industrialOutput2020',
	'gdp1997',
	'gdp2020'
] as const;
export type BarId = (typeof BAR_IDS)[number];

/** The numbers a step asks for; all tweenable. */
export interface EconomyState {
	/** Top of the value axis, in 亿元. */
	yMax: number;
	/** 0..1 visibility of the 2020 output bar. */
	output2020: number;
	/** 0..1 visibility of the 43 stacked 1997-sized blocks. */
	blocks: number;
	/** 0..1: the GDP pair slides in and the output pair moves left. */
	gdp: number;
	/** 0..1 opacity of the "new scale" tag on the axis: the step right after the change. */
	newScale: number;
}

/** Just above the 1997 bar, so its top tick (40) sits near the top of the plot with no dead space over it; its label has the plot's top margin. */
export const Y_MAX_1997 = 42;
/**
 * Top of the axis once the scale has changed: a round tick above 1742, so
 * the tallest bar always stands under a labelled gridline.
 */
export const Y_MAX_2020 = 2000;

/** The chart state for a step; an out-of-range step clamps to a real one. */
export function economyState(step: number): EconomyState {
	const s = clampStep(step, ECONOMY_STEPS);
	return {
		yMax: s <= 1 ? Y_MAX_1997 : Y_MAX_2020,
		output2020: s >= 1 ? 1 : 0,
		blocks: s === 3 ? 1 : 0,
		gdp: s >= 4 ? 1 : 0,
		newScale: s === 2 ? 1 : 0
	};
}

/**
 * The tween between two states: a new object every frame (see motion.ts),
 * and the axis top moving by a constant ratio so the 1997 bar shrinks at a
 * pace the eye can follow.
 */
export const interpolateEconomyState = interpolateState<EconomyState>(['yMax']);

/** Geometry in viewBox units: the drawing area is 100 wide and 100 / ASPECT tall. */
export const VIEW_W = 100;
export const VIEW_H = VIEW_W / ECONOMY_ASPECT;
/** No unit above the top tick (the subtitle says it), so the plot starts near the top. */
export const PLOT_TOP = 7;
/** Room below for the year and the group name, two lines at the Chinese line-height of 1.3 on a 320 px phone. */
export const PLOT_BOTTOM = VIEW_H - 15;

interface Slot {
	x: number;
	w: number;
}

/** Bar positions with only the output pair, and with the GDP pair beside it. */
const ALONE: Record<BarId, Slot> = {
	industrialOutput1997: { x: 22, w: 26 },
	industrialOutput2020: { x: 60, w: 26 },
	// Hidden GDP bars wait, zero-wide, where they will appear: parked off the
	// edge they would widen the page on phones even while invisible.
	gdp1997: { x: 64, w: 0 },
	gdp2020: { x: 82, w: 0 }
};
/** Keeps the GDP 2020 label ("122.5 billion yuan") inside a 288 px chart. */
const PAIRED: Record<BarId, Slot> = {
	industrialOutput1997: { x: 14, w: 16 },
	industrialOutput2020: { x: 32, w: 16 },
	gdp1997: { x: 56, w: 16 },
	gdp2020: { x: 74, w: 16 }
};

function lerp(a: number, b: number, t: number): number {
	return a + (b - a) * t;
}

/** Where each bar stands for a given (possibly mid-tween) GDP reveal 0..1. */
export function barSlot(id: BarId, gdp: number): Slot {
	return {
		x: lerp(ALONE[id].x, PAIRED[id].x, gdp),
		w: lerp(ALONE[id].w, PAIRED[id].w, gdp)
	};
}

/** How far a bar has grown in, and how opaque it is, 0..1, in a (tweened) state. */
export function barPresence(id: BarId, s: EconomyState): number {
	if (id === 'industrialOutput1997') return 1;
	if (id === 'industrialOutput2020') return s.output2020;
	return s.gdp;
}

/** The figure each bar encodes. */
export function barValue(id: BarId): number {
	return val(id);
}

/** The 1997-sized blocks stacked in the 2020 bar: whole blocks only. */
export function blockCount(): number {
	return DERIVED.outputBlocks.value;
}
