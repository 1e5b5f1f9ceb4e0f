/**
 * Copy for the opening figure (a schematic of the river, the dam, the coast
 * and the pairing, beside the headline jump in output) and the "where"
 * chapter's text.
 */
import type { PlaceId } from '$lib/charts/where/layout';
import type { ChartCopy } from './shared.types';

/** The headline jump beside the schematic: two squares on one area scale. */
export interface WhereJumpCopy {
	/** Names the measure (whose output, which firms). */
	title: string;
	/** The years and how the squares are drawn. */
	subtitle: string;
	/** The multiple, as a phrase ({outputMultiple}). */
	multiple: string;
	/** The squares in a sentence, for screen readers (joined to the schematic's). */
	aria: string;
}

export interface WhereChartCopy extends ChartCopy {
	/** The schematic in a sentence or two, for screen readers. */
	aria: string;
	/** Names on the drawing, one per place. */
	places: Record<PlaceId, string>;
	/** The smaller line under Hangzhou's name: what it is to Zhejiang. */
	hangzhouNote: string;
	/** Names the highlighted stretch of river. */
	reservoir: string;
	/** The river's name, with its direction of flow. */
	river: string;
	/** The label on the teal arc from Hangzhou to Fuling. */
	pairing: string;
	/** The one colour key of the piece, beside a teal swatch. */
	key: string;
	jump: WhereJumpCopy;
}

export interface WhereCopy {
	/** Empty: the chapter continues the intro without a heading of its own. */
	heading: string;
	/** Text after the figure; may be empty. */
	paragraphs: string[];
	chart: WhereChartCopy;
}
