/**
 * The heading level of chart titles below a point in the page. A chart's
 * title is an h3 under a chapter's h2 (or an h2 where none is above it), but
 * alone in an embed it is the page's h1: the embed page says so once here
 * instead of every chart taking a level prop.
 */
import { getContext, setContext } from 'svelte';

export type HeadingLevel = 1 | 2 | 3;

const KEY = Symbol('chart-heading-level');

export function setChartHeadingLevel(level: HeadingLevel): void {
	setContext(KEY, level);
}

export function chartHeadingLevel(): HeadingLevel | undefined {
	return getContext<HeadingLevel | undefined>(KEY);
}
