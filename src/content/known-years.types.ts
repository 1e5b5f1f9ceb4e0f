/** Copy for the closing chapter: the years with a figure and the years without. */
import type { ChartCopy } from './shared.types';

export interface KnownYearsChartCopy extends ChartCopy {
	/** Over the empty slots: a few words, one line. */
	gap: string;
	/** The chart in one sentence or two, for screen readers; quotes both values. */
	aria: string;
}

export interface KnownYearsCopy {
	/** The chapter's h2. */
	heading: string;
	chart: KnownYearsChartCopy;
}
