/** Copy for the "shuangxi" chapter: one resettlement community as a close-up. */
import type { ChartCopy } from './shared.types';

/** One side of the before/after list. */
export interface RenovationSide {
	heading: string;
	/** When this side describes, e.g. "Work finished February 2019". */
	when: string;
	items: string[];
}

export interface ShuangxiCopy {
	heading: string;
	/** The place, its residents and the migrants' share. */
	paragraphs: string[];
	/** The 10 × 10 waffle of the migrants' share. */
	waffle: ChartCopy & {
		/** Above the big share figure, e.g. "Resettled migrants". */
		shareLead: string;
		/** Over the total's figure, e.g. "All residents". */
		totalLead: string;
		/** The total itself: the figure token, set on its own line so it never breaks. */
		total: string;
		/** The chart in one sentence, for screen readers. */
		aria: string;
	};
	/** Before the before/after list: what the page says about the work. */
	renovation: string[];
	/** The before → after list. */
	change: ChartCopy & { before: RenovationSide; after: RenovationSide };
	/** After the list: the wider programme since 2014 and what the page links. */
	programme: string[];
}
