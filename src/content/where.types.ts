/** Copy for the "where" chapter: a schematic of the river, the dam and the two places. */
import type { PlaceId } from '$lib/charts/where/layout';
import type { ChartCopy } from './shared.types';

export interface WhereChartCopy extends ChartCopy {
	/** The whole drawing in a sentence or two, for screen readers. */
	aria: string;
	/** Names on the drawing, one per place. */
	places: Record<PlaceId, string>;
	/** The smaller line under Hangzhou's name: what it is to Zhejiang. */
	hangzhouNote: string;
	/** Names the highlighted stretch of river. */
	reservoir: string;
	/** The river's name, with its direction of flow. */
	river: string;
	/** Said on the figure itself: "Schematic, not to scale". */
	schematic: string;
}

export interface WhereCopy {
	/** Empty: the chapter continues the intro without a heading of its own. */
	heading: string;
	/** Text after the figure; may be empty. */
	paragraphs: string[];
	chart: WhereChartCopy;
}
