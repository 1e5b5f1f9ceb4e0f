/**
 * The real step a chart should draw for a reported step: -1 (before the
 * first), NaN and anything out of range clamp to the nearest step, so a chart
 * is never blank or in a state no step asked for.
 */
export function clampStep(step: number, count: number): number {
	const whole = Number.isFinite(step) ? Math.floor(step) : 0;
	return Math.max(0, Math.min(count - 1, whole));
}
