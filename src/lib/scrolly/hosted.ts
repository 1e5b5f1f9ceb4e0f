/**
 * A scroll section inside an embed, driven by the host page's scroll. The
 * frame is as tall as its content, so it never scrolls itself: `position:
 * sticky` never sticks and scrollama sees every step at once. What the host
 * reports (where its window is, relative to the frame) stands in for both:
 * these two functions give the active step and how far to move the graphic
 * down its run so it stays in the host's window. Pure, for unit tests.
 */

/**
 * The active step: the last whose top has crossed the trigger line, as in
 * the sticky layout (scroller.ts), or -1 above them all. `stepTops` are in
 * the frame's coordinates, `frameTop` is the frame's top in the host's
 * window, and `line` is the trigger line's depth in that window.
 */
export function hostedActive(stepTops: readonly number[], frameTop: number, line: number): number {
	let active = -1;
	stepTops.forEach((top, i) => {
		if (frameTop + top <= line) active = i;
	});
	return active;
}

/**
 * How far down its run (the stretch of the section it may travel) the
 * graphic moves so its top sits `pinTop` below the host window's top: not
 * before the run starts, and never past its end. `runTop` is the run's top
 * in the host's window.
 */
export function pinOffset(
	runTop: number,
	runHeight: number,
	graphicHeight: number,
	pinTop: number
): number {
	const room = Math.max(0, runHeight - graphicHeight);
	return Math.min(room, Math.max(0, pinTop - runTop));
}
