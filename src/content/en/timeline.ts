import type { TimelineCopy } from '../timeline.types';

export const timeline: TimelineCopy = {
	heading: '{partnershipYears} years at a glance',
	paragraphs: [
		'The page puts a date on only a handful of events. Set on a true scale of years, they bunch at the start and the end of the partnership.'
	],
	chart: {
		title: 'The page’s dated events, drawn to scale',
		gap: 'The page gives no dates between 1997 and 2014.',
		events: {
			approval: {
				title: 'The dam is approved',
				text: 'The central government calls on the whole country to help the reservoir area. Zhejiang is paired with Fuling.'
			},
			wahaha: {
				title: 'Wahaha arrives',
				text: 'Hangzhou’s Wahaha Group, the first to come, takes over {wahahaFactories|noun} in Fuling that faced flooding and employs {wahahaMigrants|noun}.'
			},
			baseline: {
				title: 'The figures begin',
				text: 'The first year of the page’s economic figures: gross industrial output of {industrialOutput1997} and GDP of {gdp1997}.'
			},
			communityAid: {
				title: 'Aid for resettled communities',
				text: 'Zhejiang starts grants for resettlement communities in towns and villages, {resettlementCommunityAid} to date.'
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
				text: 'Output reaches {industrialOutput2020} and GDP {gdp2020}. Training for Fuling officials partly moves to Zhejiang: {cadresStudied2020|noun} have gone there to study.'
			},
			pageYear: {
				title: '{partnershipYears} years on',
				text: 'The page marking the partnership appears. {top100Firms2021|noun} from Zhejiang are on Chongqing’s 2021 lists of leading and fast-growing industrial firms.'
			}
		},
		notes: [
			'Years are drawn to scale; text for events close in time is spread out and joined to its year.'
		],
		source: 'Source: Fuling district, published 2021. Money in nominal yuan.'
	}
};
