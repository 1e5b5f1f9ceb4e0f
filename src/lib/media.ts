/**
 * The layout breakpoints, written once. Script reads these strings with
 * matchMedia; CSS cannot import them, so every `@media` rule that uses a
 * breakpoint spells one of them exactly, and media.test.ts fails on any
 * other spelling.
 */

/** A desktop-width window: wider gutters and type, side-by-side panels. */
export const WIDE = '(min-width: 56rem)';

/**
 * A scroll section puts its graphic beside the steps: a desktop width, or
 * any window clearly wider than tall (a phone held in landscape), where a
 * graphic stacked on top would leave no room for the text.
 */
export const SIDE_BY_SIDE = `${WIDE}, (min-width: 30rem) and (min-aspect-ratio: 6/5)`;

/** Side by side and short (a phone held sideways): the text gets half the width. */
export const SHORT_LANDSCAPE =
	'(min-width: 30rem) and (min-aspect-ratio: 6/5) and (max-height: 30rem)';

/**
 * A large screen: static figures break out of the text column, wider than
 * the prose, since the window has the room (CSS only; no script reads it).
 */
export const FIGURE_WIDE = '(min-width: 64rem)';

export const BREAKPOINTS = [WIDE, SIDE_BY_SIDE, SHORT_LANDSCAPE, FIGURE_WIDE] as const;
