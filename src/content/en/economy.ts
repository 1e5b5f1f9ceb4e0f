/** English copy for the economy section. Every number is a token resolved from the data module. */
import type { EconomyCopy } from '../economy.types';

export const economy: EconomyCopy = {
	heading: 'How much changed',
	steps: [
		'Start with 1997 and one measure: the gross output of Fuling’s larger industrial firms, the full value of what their factories made. It is not anyone’s income.',
		'On the 1997 scale, the 2020 bar does not fit on the page.',
		'By 2020 the same category had reached **{industrialOutput2020}**. Redrawn on a scale that fits it, the 1997 bar shrinks to a sliver.',
		'The 2020 bar holds the 1997 output {outputBlocks} times over. The page credits the partnership, but prices rose and all of China grew fast in these years: the figures cannot show how much of the change the help caused.',
		'GDP measures something else: value added across the whole economy. Fuling’s GDP was {gdp1997} in 1997, larger than industrial output; in 2020 it was {gdp2020}, smaller. Neither is a share of the other.'
	],
	chart: {
		title: 'Fuling’s industrial output and GDP, 1997 and 2020',
		subtitle: 'Billion yuan, in each year’s prices. Only these two years are known.',
		source: 'Source: 2021 newspaper page (Fuling district figures).',
		notes: [
			'Industrial output: gross output of firms above a designated size. GDP: value added by the whole economy.'
		],
		aria: [
			'Bar chart. Gross output of Fuling’s larger industrial firms in 1997: {industrialOutput1997}.',
			'Bar chart, still on the 1997 scale. The 2020 output bar runs off the top of the chart.',
			'Bar chart on a new scale that fits 2020. Gross industrial output rose from {industrialOutput1997} in 1997 to {industrialOutput2020} in 2020; at this scale the 1997 bar is a sliver.',
			'Bar chart. The 2020 industrial output bar filled with {outputBlocks} blocks, each the size of 1997 output: about {outputMultiple} times as much.',
			'Bar chart. Gross industrial output: {industrialOutput1997} in 1997, {industrialOutput2020} in 2020. GDP: {gdp1997} in 1997, larger than output that year; {gdp2020} in 2020, smaller than output.'
		],
		bars: {
			industrialOutput1997: '1997',
			industrialOutput2020: '2020',
			gdp1997: '1997',
			gdp2020: '2020'
		},
		groups: { output: 'Industrial output', gdp: 'GDP' },
		newScale: 'New scale',
		blocks: '{outputBlocks} × 1997'
	}
};
