/**
 * When a scroll section tells a screen reader what its chart now shows: once
 * the active step has stayed the same for a moment, not on every change. A
 * reader scrolling fast past steps hears only the step they stop at, and a
 * step they return to before anything else was said is not said again.
 */

/** How long a step must stay active before it is announced, in ms. */
export const SETTLE_MS = 500;

export interface StepAnnouncer {
	/** The active step now (-1: above the section's first step, never announced). */
	update(step: number): void;
	/** Stops any announcement still waiting. */
	cancel(): void;
}

/**
 * Calls `say(step)` when `step` has been the active one for `wait` ms and
 * differs from the step last said.
 */
export function stepAnnouncer(say: (step: number) => void, wait = SETTLE_MS): StepAnnouncer {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let said = -1;
	return {
		update(step) {
			clearTimeout(timer);
			timer = undefined;
			// Out of the section above its first step: whatever the reader meets
			// on coming back in is news again.
			if (step < 0) said = -1;
			if (step < 0 || step === said) return;
			timer = setTimeout(() => {
				timer = undefined;
				said = step;
				say(step);
			}, wait);
		},
		cancel() {
			clearTimeout(timer);
			timer = undefined;
		}
	};
}
