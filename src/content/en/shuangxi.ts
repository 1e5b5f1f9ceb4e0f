import type { ShuangxiCopy } from '../shuangxi.types';

export const shuangxi: ShuangxiCopy = {
	heading: 'Close up: one resettlement community',
	paragraphs: [
		'What does the help look like on the ground? The page offers one example: Shuangxi, a community in Fuling’s Ma’an subdistrict where many residents are resettled migrants.'
	],
	waffle: {
		title: 'Who lives in Shuangxi',
		subtitle: 'Residents, one square per hundredth: at least three in ten are resettled migrants',
		source: 'Source: 2021 newspaper page (Fuling district figures).',
		notes: [
			'Each square stands for one in every hundred residents.',
			'The page gives a floor, so some grey squares may be migrants too.'
		],
		shareLead: 'Resettled migrants',
		totalLead: 'All residents',
		total: '{shuangxiResidents}',
		aria: 'Waffle chart: resettled migrants are {shuangxiMigrantShare} of the residents of Shuangxi, a community of {shuangxiResidents|noun}.'
	},
	renovation: [
		'Before, the page says, the community was dirty and run-down, and its service centre lacked basic facilities. Work to renovate it began in early 2018 with Zhejiang’s help and was finished in February 2019.'
	],
	change: {
		title: 'Shuangxi before and after the renovation',
		subtitle: 'What the page says changed, from early 2018 to February 2019',
		source: 'Source: 2021 newspaper page (Fuling district figures).',
		notes: ['As the page describes it; it gives no figures for the work.'],
		before: {
			heading: 'Before',
			when: 'Work began in early 2018',
			items: [
				'Dirty, run-down surroundings',
				'A service centre short of facilities',
				'A leaking pond on the hillside',
				'An open-air garbage dump'
			]
		},
		after: {
			heading: 'After',
			when: 'Work finished in February 2019',
			items: [
				'A new community service centre',
				'The pond turned into an artificial lake',
				'Shuangxi Park, with a fitness trail, pavilions and a badminton court',
				'The garbage dump gone',
				'Regular job-skills training at the service centre'
			]
		}
	},
	programme: [
		'The page calls Shuangxi’s change a microcosm of a wider effort. Since 2014, it says, the district has put {resettlementCommunityAid} of free aid from Zhejiang into two programmes: all-round help for resettlement communities in towns, and targeted help for rural resettlement areas. It does not say how much of that money went to Shuangxi.'
	]
};
