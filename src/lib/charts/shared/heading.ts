/**
 * The heading level of chart titles below a point in the page. A chart's
 * title is an h3 under a chapter's h2 (or an h2 where none is above it), but
 * alone in an embed it is the page's h1: the embed page says so once here
 * instead of every chart taking a level prop.
 */
import { getContext, setContext } from 'svelte';

export type HeadingLevel = 1 | 2 | 3;

const KEY = Symbol('chart-heading-level');
const TITLE_KEY = Symbol('chart-title-level');

export function setChartHeadingLevel(level: HeadingLevel): void {
	setContext(KEY, level);
}

export function chartHeadingLevel(): HeadingLevel | undefined {
	return getContext<HeadingLevel | undefined>(KEY);
}

/**
 * Inside a chart: its title's level, for the headings of the chart's own
 * parts (one level below it, whatever the page made the title). ChartFrame
 * provides it; a getter, since the title's level follows its props.
 */
export function provideChartTitleLevel(level: () => HeadingLevel): void {
	setContext(TITLE_KEY, level);
}

/** The tag for a heading inside a chart: one level below its title (h2 alone in an embed). */
export function chartPartHeading(): `h${2 | 3 | 4}` {
	const title = getContext<(() => HeadingLevel) | undefined>(TITLE_KEY)?.() ?? 3;
	return `h${(title + 1) as 2 | 3 | 4}`;
}
