/** One dot per paired firm, in two blocks: one static state. */
import type { IndustryCopy } from '$content/industry.types';
import { plainCopy } from '$lib/format/copy';
import { defineFigure, speakerNotes } from '$lib/charts/spec';

export const industryFirmsSpec = defineFigure({
	id: 'industry-firms',
	copy: (c) => c.industry.firms,
	notes: speakerNotes('industry-firms'),
	describe: (_step: number, copy: IndustryCopy['firms'], lang) => plainCopy(copy.aria, lang),
	facts: ['zhejiangFirms', 'fulingFirms']
});
