/** English copy for the economy section. Every number is a token resolved from the data module. */
import type { EconomyCopy } from '../economy.types';

export const economy: EconomyCopy = {
	heading: 'How much changed',
	steps: [
		'In 1997, Fuling’s larger industrial firms made goods worth {industrialOutput1997}. That is gross output, the full value of what the factories produced. It is not anyone’s income.',
		'On the 1997 scale, the 2020 bar does not fit on the page.',
		'By 2020, the page’s figure for the same category had reached **{industrialOutput2020}**. On a scale that fits it, the 1997 figure shrinks to a sliver.',
		'Stack the 1997 output {outputBlocks} times and it fills the 2020 bar almost exactly. The page credits the partnership. But prices rose and all of China grew fast in these years, and the figures cannot show how much of the change the help caused.',
		'GDP measures something else: value added across the whole economy, farms and services included. Fuling’s GDP was {gdp1997} in 1997, larger than industrial output; in 2020 it was {gdp2020}, smaller. Neither is a share of the other.'
	],
	chart: {
		title: 'Fuling’s industrial output and GDP, 1997 and 2020',
		source: 'Source: 2021 newspaper page (Fuling district figures). Nominal yuan.',
		notes: [
			'Industrial output: gross output of firms above a designated size. GDP: value added by the whole economy.',
			'Only 1997 and 2020 are known.'
		],
		aria: [
			'Bar chart. Gross output of Fuling’s larger industrial firms in 1997: {industrialOutput1997}.',
			'Bar chart, still on the 1997 scale. The 2020 output bar runs off the top of the chart.',
			'Bar chart, rescaled to fit 2020. Gross industrial output rose from {industrialOutput1997} in 1997 to {industrialOutput2020} in 2020; at this scale the 1997 bar is a sliver.',
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
		axisUnit: 'billion yuan',
		blocks: '{outputBlocks} × 1997'
	}
};
