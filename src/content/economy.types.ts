/** Copy for the headline scroll section: industrial output and GDP, 1997 and 2020. */
import type { BarId } from '$lib/charts/economy/state';
import type { ChartCopy, ScrollyCopy } from './shared.types';

export interface EconomyCopy extends ScrollyCopy {
	chart: ChartCopy & {
		/** What the chart shows at each step, for screen readers. */
		aria: string[];
		/** Short label under each bar. */
		bars: Record<BarId, string>;
		/** Group captions under the pairs of bars. */
		groups: { output: string; gdp: string };
		/** The tag on the axis in the step right after the scale changes. */
		newScale: string;
		/** Caption beside the stacked 1997 blocks. */
		blocks: string;
	};
}
