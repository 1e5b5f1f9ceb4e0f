/** Copy for the "livelihoods" chapter: schools, health, the elderly, community centres, fitness and libraries. */
import type { CountId, RowId } from '$lib/charts/livelihoods/state';
import type { ChartCopy } from './shared.types';

export interface LivelihoodsCopy {
	heading: string;
	/** A short lead above the scroll section. */
	paragraphs: string[];
	/** One entry per scroll step: one per area, then the closing step. One to three sentences each. */
	steps: string[];
	/** Notes: the shared scale, the marks, the floor. */
	chart: ChartCopy & {
		/** Opens the screen-reader description when one area is in focus; that row follows. */
		ariaFocus: string;
		/** Opens the screen-reader description of the closing overview; every row follows. */
		ariaAll: string;
		/** The area's name over each row. */
		rows: Record<RowId, string>;
		/** The label over each group of marks: the figure as a token and what it counts. */
		marks: Record<CountId, string>;
	};
}
