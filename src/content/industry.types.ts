/** Copy for the "industry" chapter: Wahaha in 1994, paired firms, named firms and leading industries. */
import type { ChartCopy } from './shared.types';
import type { StatId } from '$lib/charts/industry-panel/panel';

export interface IndustryCopy {
	heading: string;
	/** Before the dot chart: Wahaha in 1994, then the pairings. */
	paragraphs: string[];
	/** One dot per firm, in two blocks. */
	firms: ChartCopy & {
		/** Name beside each block's count. */
		zhejiang: string;
		fuling: string;
		/** The chart in one sentence, for screen readers. */
		aria: string;
	};
	/** Between the dot chart and the panel: expansions, named firms, industries. */
	after: string[];
	/** The typographic panel of named firms, industries and what was built. */
	panel: ChartCopy & {
		namedHeading: string;
		/** As the page names them; `note` says what the page says each did. */
		named: { name: string; note: string }[];
		industriesHeading: string;
		/** One per leading industry; as many as the page counts. */
		industries: string[];
		statsHeading: string;
		/** What each count counts, printed under its figure. */
		stats: Record<StatId, string>;
	};
}
