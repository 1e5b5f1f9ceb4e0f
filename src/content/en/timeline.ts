import type { TimelineCopy } from '../timeline.types';

export const timeline: TimelineCopy = {
	heading: '{partnershipYears} years at a glance',
	paragraphs: [
		'The partnership runs from the pairing in 1992 to the year of the page, 2021. Across those years the page dates only a handful of moments, and they sit at the two ends: the first steps, then the recent work. Most of the figures that follow are totals counted up to 2021, not a record kept year by year.'
	],
	chart: {
		title: 'The events the page puts a year on',
		subtitle: 'Drawn to scale, then listed; teal marks what Zhejiang did',
		gap: 'No dated events',
		events: {
			approval: {
				title: 'Zhejiang is paired with Fuling',
				text: 'The year the dam is approved, the central government calls on the whole country to help the reservoir area.'
			},
			wahaha: {
				title: 'Wahaha arrives',
				text: 'Hangzhou’s Wahaha Group, which the page says was the first to arrive, takes over {wahahaFactories|words} factories in Fuling that faced flooding and employs {wahahaMigrants|noun}.'
			},
			baseline: {
				title: 'The figures begin',
				text: 'The first year of the page’s economic figures: gross industrial output of {industrialOutput1997} and GDP of {gdp1997}.'
			},
			communityAid: {
				title: 'Aid for resettled communities',
				text: 'From this year the district puts Zhejiang’s free aid into two resettlement programmes, for communities in towns and resettlement areas in the countryside: {resettlementCommunityAid} by 2021.'
			},
			shuangxiStart: {
				title: 'Work starts in Shuangxi',
				text: 'Early in the year, with Zhejiang’s help, renovation begins in Shuangxi, a community where many resettled families live.'
			},
			shuangxiDone: {
				title: 'Shuangxi is finished',
				text: 'In February the work is done: a service centre, a lake where a leaking pond was, and a park.'
			},
			seriesEnd: {
				title: 'The latest figures',
				text: 'Output reaches {industrialOutput2020} and GDP {gdp2020}. Training for Fuling officials partly moves to Zhejiang: by 2021, {cadresStudied2020|noun} had gone there to study.'
			},
			pageYear: {
				title: '{partnershipYears} years on',
				text: 'The page marking the partnership appears. Chongqing’s 2021 lists of key and fast-growing industrial firms include {top100Firms2021|words} firms from Zhejiang.'
			}
		},
		notes: ['The shaded stretch means the page gives no date there, not that nothing happened.'],
		source: 'Source: 2021 newspaper page (Fuling district figures). Money in nominal yuan.'
	}
};
