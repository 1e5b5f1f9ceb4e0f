/**
 * A touch or a click on the slide, as the deck reads it: a swipe left goes
 * on, a swipe right goes back (the slide follows the finger), and a tap near
 * the right or left edge does the same. The middle is left alone, so a tap
 * meant for nothing in particular never moves the talk on.
 */
export type Gesture = 'next' | 'prev' | null;

export interface Stroke {
	/** Where it started and ended, in CSS pixels. */
	x0: number;
	y0: number;
	x1: number;
	y1: number;
	/** The width of the area it was made on. */
	width: number;
}

/** Shorter than this is a tap, longer a swipe (px). */
const SWIPE = 50;
const TAP = 12;
/** How much of the width counts as an edge, each side. */
const EDGE = 0.3;

export function readGesture({ x0, y0, x1, y1, width }: Stroke): Gesture {
	const dx = x1 - x0;
	const dy = y1 - y0;
	if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 1.5 * Math.abs(dy)) return dx < 0 ? 'next' : 'prev';
	if (Math.abs(dx) <= TAP && Math.abs(dy) <= TAP && width > 0) {
		if (x1 >= width * (1 - EDGE)) return 'next';
		if (x1 <= width * EDGE) return 'prev';
	}
	return null;
}
