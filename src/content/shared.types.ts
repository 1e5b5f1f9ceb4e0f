/**
 * Shapes several chapters' copy shares. Kept apart from types.ts (which
 * assembles the whole Copy) so chapter types import it without a cycle.
 */
import type { ChartId } from '$lib/charts/ids';

export interface ChartCopy {
	title: string;
	/**
	 * The line under the title: the unit the chart counts in and what to
	 * take from it, so no unit floats inside the drawing.
	 */
	subtitle: string;
	/** One line under the chart: where the figures come from. */
	source: string;
	/** Notes a reader needs to read the chart right. */
	notes: string[];
}

export interface ScrollyCopy {
	heading: string;
	/** One entry per scroll step; one to three sentences each. */
	steps: string[];
}

/**
 * What a presenter says over each chart, one entry per step (one for a
 * static figure): a line or two, spoken, never shown to readers.
 */
export type SpeakerNotes = Record<ChartId, string[]>;
