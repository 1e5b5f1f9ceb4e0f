import type { IndustryCopy } from '../industry.types';

export const industry: IndustryCopy = {
	heading: 'The firms that followed',
	paragraphs: [
		'Aid money was only part of the partnership. In 1994 the Hangzhou-based Wahaha Group became the first Zhejiang firm to come to the reservoir area. It took over {wahahaFactories|noun} in Fuling that were struggling and due to be flooded, and took on {wahahaMigrants|noun} as workers. Within two years, by the page’s account, their output, sales and tax payments had multiplied.',
		'Others followed, through technical cooperation, shared ownership, debt buyouts and mergers. Over the years the two sides brought {zhejiangFirms|noun} from Zhejiang together with {fulingFirms|noun} in Fuling.'
	],
	firms: {
		title: 'Zhejiang and Fuling firms brought together since 1992',
		source: 'Source: Fuling district, published 2021.',
		notes: [
			'One dot per firm.',
			'The page gives the two totals, not which firms worked with which.'
		],
		zhejiang: 'Zhejiang firms',
		fuling: 'Fuling firms',
		aria: 'Dot chart, one dot per firm: {zhejiangFirms|noun} from Zhejiang beside the {fulingFirms|noun} in Fuling they were brought together with.'
	},
	after: [
		'According to the district, {expansionFirms|noun} from Zhejiang, among them Huafeng and Wankai New Materials, have built new plants in Fuling or expanded old ones. Along the way they have set up {smartFactories} smart factories and {digitalWorkshops} digital workshops, and Chongqing’s 2021 lists of key and fast-growing industrial firms included {top100Firms2021|noun} from Zhejiang.',
		'Guosheng Jiye and Wanfeng Aowei are among the other Zhejiang firms the district says it brought in, and in another deal the page cites, Taiji Group bought Zhejiang Dongfang Pharmaceutical. The district credits these firms with helping to build up its {leadingIndustries} leading industries.'
	],
	panel: {
		title: 'The firms and industries the page names',
		source: 'Source: Fuling district, published 2021.',
		notes: ['The page names only some of the firms; the counts are totals to 2021.'],
		namedHeading: 'Firms named',
		named: [
			{
				name: 'Wahaha Group',
				note: 'First to come, in 1994: took over {wahahaFactories|noun}, took on {wahahaMigrants|plus} migrants'
			},
			{ name: 'Huafeng', note: 'New or expanded plant' },
			{ name: 'Wankai New Materials', note: 'New or expanded plant' },
			{ name: 'Guosheng Jiye', note: 'Brought in from Zhejiang' },
			{ name: 'Wanfeng Aowei', note: 'Brought in from Zhejiang' },
			{ name: 'Taiji Group', note: 'Bought Zhejiang Dongfang Pharmaceutical' }
		],
		industriesHeading: 'Fuling’s {leadingIndustries} leading industries',
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
			top100Firms2021:
				'Zhejiang firms on Chongqing’s 2021 lists of key and fast-growing industrial firms'
		}
	}
};
