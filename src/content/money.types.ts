/** Copy for the "money" chapter: free donations against trade investment. */
import type { MoneyBarId } from '$lib/charts/money/state';
import type { SquareGroupId } from '$lib/charts/money/layout';
import type { ChartCopy } from './shared.types';

export interface MoneyCopy {
	heading: string;
	/** A short lead before the scrolly section. */
	lead: string[];
	/** One entry per scroll step; one to three sentences each. */
	steps: string[];
	chart: ChartCopy & {
		/** What the chart shows at each step, for screen readers; one per step. */
		aria: string[];
		/** Name under each bar. */
		bars: Record<MoneyBarId, string>;
		/** What kind of money each bar is, shown under its name on the last step. */
		kinds: Record<MoneyBarId, string>;
		/** The value axis unit, written once at the top: for an axis in millions and one in billions (English; Chinese says 亿元 for both). */
		axisUnit: { millions: string; billions: string };
		/** The multiple panel: the donations block's figure, the investment's, and what a block is. */
		multiple: { one: string; many: string; key: string };
		/** Label above each group of one-square-per-project marks. */
		squares: Record<SquareGroupId, string>;
		/** "Each square is one project". */
		unitKey: string;
		/** The tag on the axis on the step whose scale changed (as the economy chart's). */
		newScale: string;
	};
}
