/**
 * One motion vocabulary for every chart: d3-ease's cubic in-out over a
 * duration inside the 600-1200 ms a reader can follow, and nothing at all
 * when the reader asks for reduced motion (the device's setting or the
 * story's own switch: see $lib/motion/preference).
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import { motion } from '$lib/motion/preference';

export const EASE = easeCubicInOut;
export const DURATION = 1000;

/** The duration to use now: zero when the reader wants no motion. */
export function duration(ms: number = DURATION): number {
	return motion.reduced ? 0 : ms;
}

/**
 * Tween between two chart states, returning a NEW object on every frame.
 *
 * Why not d3's interpolateObject: it writes into, and returns, one object on
 * every call. A Svelte Tween then holds the same reference all the way
 * through, nothing downstream sees a change, and the chart freezes for the
 * whole duration before jumping to the end (seen on the economy chart).
 *
 * Keys listed in `geometric` move by a constant ratio per frame instead of a
 * constant difference: an axis top going from 46 to 2000 then shrinks the
 * bars at an even pace instead of collapsing them in the first tenth of the
 * move. Both ends must be positive for that; otherwise the key moves linearly.
 */
export function interpolateState<S extends { [K in keyof S]: number }>(
	geometric: readonly (keyof S)[] = []
): (a: S, b: S) => (t: number) => S {
	return (a, b) => {
		const keys = Object.keys(b) as (keyof S & string)[];
		const steps = keys.map((k) => {
			const x = a[k] ?? b[k];
			const y = b[k];
			if (geometric.includes(k) && x > 0 && y > 0) {
				const ratio = y / x;
				return (t: number) => x * Math.pow(ratio, t);
			}
			return interpolateNumber(x, y);
		});
		return (t) => {
			const out: Partial<Record<keyof S, number>> = {};
			keys.forEach((k, i) => (out[k] = steps[i]!(t)));
			return out as S;
		};
	};
}
