/**
 * One motion vocabulary for every chart: d3-ease's cubic in-out over a
 * duration inside the 600-1200 ms a reader can follow, and nothing at all
 * when the reader asks for reduced motion.
 */
import { easeCubicInOut } from 'd3-ease';
import { prefersReducedMotion } from 'svelte/motion';

export const EASE = easeCubicInOut;
export const DURATION = 1000;

/** The duration to use now: zero under prefers-reduced-motion. */
export function duration(ms: number = DURATION): number {
	return prefersReducedMotion.current ? 0 : ms;
}
