/** The schematic of the river, the dam and the two places: one static state. */
import type { WhereChartCopy } from '$content/where.types';
import { plainCopy } from '$lib/format/copy';
import { defineFigure, speakerNotes } from '$lib/charts/spec';

export const whereSpec = defineFigure({
	id: 'where',
	copy: (c) => c.where.chart,
	notes: speakerNotes('where'),
	describe: (_step: number, copy: WhereChartCopy, lang) => plainCopy(copy.aria, lang),
	// A schematic: no mark encodes a figure.
	facts: []
});
