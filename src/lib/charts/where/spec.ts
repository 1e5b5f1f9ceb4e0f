/** The schematic of the river, the dam and the two places: one static state. */
import type { WhereChartCopy } from '$content/where.types';
import { plainCopy } from '$lib/format/copy';
import { defineSpec, speakerNotes } from '$lib/charts/spec';

export const whereSpec = defineSpec({
	id: 'where',
	steps: 1,
	state: () => null,
	restStep: 0,
	entryStep: 0,
	copy: (c) => c.where.chart,
	notes: speakerNotes('where'),
	describe: (_step: number, copy: WhereChartCopy, lang) => plainCopy(copy.aria, lang),
	// A schematic: no mark encodes a figure.
	facts: []
});
