import type { IndustryCopy } from '../industry.types';

export const industry: IndustryCopy = {
	heading: 'The firms that followed',
	paragraphs: [
		'Aid money was only part of the partnership. In 1994 the Hangzhou-based Wahaha Group arrived in the reservoir area; the page says it was the first Zhejiang firm to do so. It took over struggling Fuling factories that were due to be flooded and took on migrants as workers, and within two years, by the page’s account, their output, sales, profits and taxes had multiplied.',
		'Others followed, through technical cooperation, shared ownership, debt buyouts and mergers. The page counts the firms brought together on each side, not which worked with which.'
	],
	firms: {
		title: 'Zhejiang and Fuling firms brought together, as of 2021',
		subtitle: 'One dot per firm: Zhejiang’s firms beside the Fuling firms they were paired with',
		source: 'Source: 2021 newspaper page (Fuling district figures).',
		notes: [
			'One dot per firm.',
			'The page gives the two totals, not which firms worked with which.'
		],
		zhejiang: 'Zhejiang firms',
		fuling: 'Fuling firms',
		aria: 'Dot chart, one dot per firm: {zhejiangFirms|noun} from Zhejiang beside the {fulingFirms|noun} in Fuling they were brought together with.'
	},
	after: [
		'According to the district, Zhejiang firms such as Huafeng and Wankai New Materials went on to build new plants in Fuling or expand old ones, set up officially designated “smart factories” and “digital workshops”, and made Chongqing’s 2021 lists of key and fast-growing industrial firms.',
		'Guosheng Jiye and Wanfeng Aowei are among the other Zhejiang firms the district says it brought in. In a deal running the other way, Fuling-based Taiji Group bought Zhejiang Dongfang Pharmaceutical. The district credits these firms with helping to build up its leading industries.'
	],
	panel: {
		title: 'The firms and industries the page names',
		subtitle:
			'Fuling’s leading industries and Zhejiang’s firms among them, as the page names and counts them',
		source: 'Source: 2021 newspaper page (Fuling district figures).',
		notes: ['The page names only some of the firms; the counts are totals to 2021.'],
		namedHeading: 'Firms named',
		named: [
			{
				name: 'Wahaha Group',
				note: 'First to come, the page says, in 1994: took over {wahahaFactories|words} factories, took on {wahahaMigrants|plus} migrants'
			},
			{ name: 'Huafeng', note: 'New or expanded plant' },
			{ name: 'Wankai New Materials', note: 'New or expanded plant' },
			{ name: 'Guosheng Jiye', note: 'Brought in from Zhejiang' },
			{ name: 'Wanfeng Aowei', note: 'Brought in from Zhejiang' },
			{ name: 'Taiji Group', note: 'Based in Fuling; bought Zhejiang Dongfang Pharmaceutical' }
		],
		industriesHeading: 'Fuling’s {leadingIndustries|words} leading industries',
		industries: [
			'Materials',
			'Clean energy',
			'Consumer goods',
			'Equipment manufacturing',
			'Biomedicine',
			'Electronic information'
		],
		statsHeading: 'What Zhejiang firms built and won',
		stats: {
			expansionFirms: 'Zhejiang firms with new or expansion projects',
			smartFactories: 'smart factories',
			digitalWorkshops: 'digital workshops',
			top100Firms2021: 'Zhejiang firms on Chongqing’s 2021 lists of key and fast-growing firms'
		}
	}
};
