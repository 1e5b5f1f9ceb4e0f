/** Copy for the "timeline" chapter: the dated events, 1992–2021. */
import type { EventId } from '$lib/charts/timeline/events';
import type { ChartCopy } from './shared.types';

export interface TimelineEventCopy {
	/** A few words in bold; may hold figure tokens. */
	title: string;
	/** One or two sentences. */
	text: string;
}

export interface TimelineChartCopy extends ChartCopy {
	/** Names the strip's shaded stretch, the years between 1997 and 2014: a few words, one line. */
	gap: string;
	/** One entry per event in events.ts, in any order: the chart orders them by date. */
	events: Record<EventId, TimelineEventCopy>;
}

export interface TimelineCopy {
	/** The chapter's h2; may hold figure tokens (it is rendered like copy). */
	heading: string;
	paragraphs: string[];
	chart: TimelineChartCopy;
}
