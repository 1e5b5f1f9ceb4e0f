/**
 * The opening figure: the schematic of the river, the dam, the coast and the
 * pairing, beside Fuling's industrial output in 1997 and 2020 as two squares
 * on one area scale. One static state.
 */
import type { WhereChartCopy } from '$content/where.types';
import { plainCopy } from '$lib/format/copy';
import { defineFigure, speakerNotes } from '$lib/charts/spec';
import { JUMP_FACTS } from './jump';

export const whereSpec = defineFigure({
	id: 'where',
	copy: (c) => c.where.chart,
	notes: speakerNotes('where'),
	// The drawing, then the squares; Chinese sentences join without a space.
	describe: (_step: number, copy: WhereChartCopy, lang) =>
		[plainCopy(copy.aria, lang), plainCopy(copy.jump.aria, lang)].join(lang === 'zh' ? '' : ' '),
	// The schematic encodes no figure; the two squares do.
	facts: JUMP_FACTS
});
