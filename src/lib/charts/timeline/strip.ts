/**
 * Geometry of the timeline's strip: 1992–2021 on one horizontal axis drawn
 * to scale, a dot per dated event, the long undated stretch shaded. Every x
 * is a percentage of the strip's width, so the server render and the browser
 * draw the same at any width and nothing needs measuring.
 *
 * The strip is too short to name every dot (2018 to 2021 are a year apart),
 * so it names only the four years that give its shape: the two ends and the
 * two edges of the gap. Each name is anchored on its own dot and runs away
 * from its neighbour, so the list below carries every year and the strip
 * never needs a leader line.
 */
import { EVENTS, FIRST_YEAR, LAST_YEAR, longestGap, type TimelineEvent } from './events';

/** Year -> x, in per cent of the strip: a linear scale, 1992 at 0. */
export function stripX(year: number): number {
	return ((year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR)) * 100;
}

export interface StripDot {
	id: TimelineEvent['id'];
	year: number;
	x: number;
	zhejiang: boolean;
	facts: TimelineEvent['facts'];
}

export function stripDots(events: readonly TimelineEvent[] = EVENTS): StripDot[] {
	return events.map((e) => ({
		id: e.id,
		year: e.year,
		x: stripX(e.year),
		zhejiang: e.zhejiang,
		facts: e.facts
	}));
}

/** How a label hangs from its x: its left edge there, its middle, or its right edge. */
export type Anchor = 'start' | 'end';

export interface StripLabel {
	year: number;
	x: number;
	anchor: Anchor;
}

/**
 * The years the strip names: the first and last, and the gap's two edges.
 * The ones on the left half start at their dot and run right; the ones on
 * the right half end at it, so the two pairs face apart (1992 and 1997 both
 * run right, away from the strip's left edge; 2014 and 2021 both run left).
 */
export function stripLabels(events: readonly TimelineEvent[] = EVENTS): StripLabel[] {
	const gap = longestGap(events);
	const years = [...new Set([FIRST_YEAR, gap.from, gap.to, LAST_YEAR])].sort((a, b) => a - b);
	return years.map((year) => {
		const x = stripX(year);
		return { year, x, anchor: x <= 50 ? 'start' : 'end' };
	});
}

/** The shaded stretch with no dated event, in per cent: from its first edge to its last. */
export function stripGap(events: readonly TimelineEvent[] = EVENTS): {
	from: number;
	to: number;
	x0: number;
	x1: number;
} {
	const gap = longestGap(events);
	return { ...gap, x0: stripX(gap.from), x1: stripX(gap.to) };
}

/**
 * A label's left and right edges in px for a strip `width` px wide and a
 * label `labelWidth` px wide, with `inset` px of the dot's radius it hangs
 * back over its own dot. For tests (nothing overlaps at the narrowest
 * phone) and for anyone placing things beside the strip.
 */
export function labelSpan(
	l: StripLabel,
	width: number,
	labelWidth: number,
	inset = 0
): { left: number; right: number } {
	const x = (l.x / 100) * width;
	return l.anchor === 'start'
		? { left: x - inset, right: x - inset + labelWidth }
		: { left: x + inset - labelWidth, right: x + inset };
}
