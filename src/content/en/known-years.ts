import type { KnownYearsCopy } from '../known-years.types';

export const knownYears: KnownYearsCopy = {
	heading: 'What the page leaves out',
	chart: {
		title: 'Two years on record',
		subtitle: 'Fuling’s industrial output, billion yuan: one slot a year, 1997–2020',
		gap: 'No yearly figures',
		aria: 'Fuling’s gross industrial output is given for two years only: {industrialOutput1997} in 1997 and {industrialOutput2020} in 2020. The page has no figures for the years between, so the path from one to the other is unknown.',
		notes: ['Only 1997 and 2020 are filled; nothing is estimated for the years between them.'],
		source: 'Source: 2021 newspaper page (Fuling district figures). Money in nominal yuan.'
	}
};
