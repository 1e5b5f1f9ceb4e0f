/** The dated events, 1992–2021, on a true scale of years: one static state. */
import type { TimelineChartCopy } from '$content/timeline.types';
import { plainCopy } from '$lib/format/copy';
import { defineSpec, speakerNotes } from '$lib/charts/spec';
import { EVENTS } from './events';

export const timelineSpec = defineSpec({
	id: 'timeline',
	steps: 1,
	state: () => null,
	restStep: 0,
	entryStep: 0,
	copy: (c) => c.timeline.chart,
	notes: speakerNotes('timeline'),
	/** Every event in date order: "1994: title. text" */
	describe(_step: number, copy: TimelineChartCopy, lang) {
		const sep = lang === 'zh' ? '' : ' ';
		return EVENTS.map((e) => {
			const { title, text } = copy.events[e.id];
			const stop = lang === 'zh' ? '。' : '.';
			return `${e.year}${lang === 'zh' ? '年' : ''}${lang === 'zh' ? '：' : ': '}${plainCopy(title, lang)}${stop}${sep}${plainCopy(text, lang)}`;
		}).join(sep);
	},
	facts: [...new Set(EVENTS.flatMap((e) => e.facts))]
});
