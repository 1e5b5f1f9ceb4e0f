/** The closing figure: the years 1997 to 2020 as slots, only two of them filled. One static state. */
import type { KnownYearsChartCopy } from '$content/known-years.types';
import { plainCopy } from '$lib/format/copy';
import { defineFigure, speakerNotes } from '$lib/charts/spec';
import { SERIES } from './layout';

export const knownYearsSpec = defineFigure({
	id: 'known-years',
	copy: (c) => c.knownYears.chart,
	notes: speakerNotes('known-years'),
	describe: (_step: number, copy: KnownYearsChartCopy, lang) => plainCopy(copy.aria, lang),
	facts: SERIES
});
