/** The dated events, 1992–2021, on a true scale of years: one static state. */
import type { TimelineChartCopy } from '$content/timeline.types';
import { plainCopy } from '$lib/format/copy';
import { punctuation } from '$lib/format/punctuation';
import { defineFigure, speakerNotes } from '$lib/charts/spec';
import { EVENTS } from './events';

export const timelineSpec = defineFigure({
	id: 'timeline',
	copy: (c) => c.timeline.chart,
	notes: speakerNotes('timeline'),
	/** Every event in date order: "1994: title. text" */
	describe(_step: number, copy: TimelineChartCopy, lang) {
		const { colon, stop, space } = punctuation(lang);
		const year = (y: number) => (lang === 'zh' ? `${y}年` : String(y));
		return EVENTS.map((e) => {
			const { title, text } = copy.events[e.id];
			return `${year(e.year)}${colon}${plainCopy(title, lang)}${stop}${space}${plainCopy(text, lang)}`;
		}).join(space);
	},
	facts: [...new Set(EVENTS.flatMap((e) => e.facts))]
});
