/**
 * The English edition. Written for English readers, not translated from the
 * Chinese. Every number is a token resolved from the data module.
 */
import type { Copy } from '../types';
import { where } from './where';
import { economy } from './economy';
import { rebuilding } from './rebuilding';
import { money } from './money';
import { industry } from './industry';
import { livelihoods } from './livelihoods';
import { shuangxi } from './shuangxi';
import { people } from './people';
import { timeline } from './timeline';
import { knownYears } from './known-years';
import { speaker } from './speaker';
import { embedCode, frame } from './embed';
import { present } from './present';
import { reader } from './reader';

export const en: Copy = {
	lang: 'en',
	meta: {
		title:
			'Fuling, the Three Gorges and Zhejiang: {partnershipYears} years of paired assistance in official figures',
		description:
			'In 1992 the province of Zhejiang was paired with Fuling, a district the Three Gorges reservoir would partly flood. The official figures, published in 2021, charted: what they show and what they cannot.'
	},
	kicker: 'The Three Gorges, 1992–2021',
	switchLabel: 'Read this story in Chinese',
	headline:
		'The Three Gorges would flood part of Fuling. For {partnershipYears} years, a coastal province was paired with it',
	dek: 'Zhejiang, a richer province on the east coast, was assigned to help Fuling in 1992, the year China approved the dam whose reservoir would partly flood the district. By Fuling’s own account, its industrial output in 2020 was {outputMultiple} times the 1997 level, and the families who had to move have new roads, docks, water and sewage works. The figures cannot show how much of that the help caused.',
	byline:
		'Graphics and text: the data-graphics desk. Figures: Fuling district, as published in 2021.',
	intro: [
		'In 1992 China approved the Three Gorges Dam on the Yangtze, and with it a reservoir that would reach far upstream, past Fuling, now a district of Chongqing.'
	],
	where,
	pairing: [
		'The same year, China’s central government called on the whole country to help the reservoir area. Under the scheme, known as paired assistance, richer provinces and cities were each paired with districts and counties there. Zhejiang, on the east coast, was paired with Fuling.',
		'Every figure below comes from a full newspaper page published in 2021 to mark the partnership, written in a voice of gratitude. By then it had run for {partnershipYears} years. The figures are the district’s official account, and this piece reports them as that.'
	],
	economy,
	between: [
		'Totals like these are hard to picture. The page is more concrete about what was rebuilt in the resettlement areas, where families moved when the water rose.'
	],
	rebuilding,
	money,
	industry,
	livelihoods,
	shuangxi,
	people,
	timeline,
	knownYears,
	outro: [
		'Other things go unsaid too: how many people had to move, how the resettled families’ incomes changed, how much of the rebuilding Zhejiang paid for and where the trade investment came from. The figures here are the district’s own, published in 2021 to mark {partnershipYears} years of the partnership.'
	],
	speaker,
	frame,
	embedCode,
	present,
	reader,
	methods: {
		heading: 'Sources and methods',
		notes: [
			'Every figure in this piece comes from one source: “心系库区 倾情帮扶” (roughly, “Our hearts with the reservoir area, help given wholeheartedly”), a full newspaper page published in 2021 to mark {partnershipYears} years of Zhejiang’s paired assistance to Fuling. The page itself is undated and the scan does not name the newspaper; its count of years from 1992 and its 2021 lists of firms date it. It is the district’s official account, written in a voice of gratitude; we report its figures as such and could not check them independently.',
			'Money is in nominal yuan, as the page gives it, not adjusted for inflation. The page counts in 亿 (a hundred million) and 万 (ten thousand); the English edition converts these to billions and millions of yuan.',
			'The headline series is the gross output of industrial firms above a designated size (规上工业产值): the full value of the goods made by firms whose annual revenue passes a threshold. It is not income, and it is not GDP. GDP counts the value added across the whole economy, farms and services included; the output figure counts the full value of goods, but from larger industrial firms only. So either can be the bigger number (in 1997 GDP was; in 2020 output was), and one is never a share of the other.',
			'The definition of “larger firms” and Fuling’s boundaries may both have changed since 1997. The page does not say whether its 1997 figures were adjusted to the later basis, so read the {outputMultiple}-fold rise as approximate.',
			'Where the page says “more than” (余, 多, 超过), the figure is a floor and is shown as “more than N” or “N+”. One figure is partly illegible: the scan breaks off right after the {cooperationProjects} projects brought in through secondments, so its unit, and whether the page said “more than”, are lost; the story gives it as “at least”. Only 1997 and 2020 are given for output and GDP, so the charts draw those two years and nothing between them. Totals are cumulative to 2021; where the page gives a start year the table shows the span, and where it gives none the table says “by 2021”.',
			'What the page does not say: how much of the growth the partnership caused, how many people had to move, how much of the rebuilding Zhejiang paid for, where the trade investment came from, or how the resettled families’ incomes changed. The geography figure is a schematic, not a map. The page’s photos are not reproduced, and no others are used.'
		],
		derivedHeading: 'Worked out from the figures',
		derived: [
			'Output grew to {outputMultiple} times its 1997 level: {industrialOutput2020} in 2020 divided by {industrialOutput1997} in 1997. Spread over the {seriesYears} years between them, that is compound growth of {outputCagr} a year.',
			'GDP grew to {gdpMultiple} times its 1997 level, from {gdp1997} to {gdp2020}: {gdpCagr} a year, compounded.',
			'Trade investment in place ({tradeFundsInPlace}) was {investmentToDonations} times the free donations ({freeDonations}).',
			'{partnershipYears} years: from 1992, when the pairing began, to 2021, the year of the page.'
		],
		figuresHeading: 'Every figure, with the page’s wording',
		figuresSummary: 'Show the table of figures',
		columns: { figure: 'Figure', value: 'Value', when: 'Year', source: 'The page’s wording' },
		sections: {
			economy: 'The economy',
			rebuilding: 'Rebuilding for the resettled',
			money: 'Money and projects',
			industry: 'Industry and firms',
			livelihoods: 'Schools, health, the elderly, communities',
			shuangxi: 'Shuangxi community',
			people: 'People and exchange'
		},
		when: { year: '{year}', period: '{from}–{to}', asOf: 'by {year}' },
		floor: 'more than',
		downloadsHeading: 'The data',
		downloads: {
			csv: 'All figures as CSV',
			json: 'as JSON',
			note: 'Each row has the figure’s id, value, unit, what a count counts (docks, person-times …), year, whether it is a floor, English and Chinese labels and the page’s wording. The CSV opens in Excel with the Chinese intact.'
		},
		credit: {
			heading: 'Credits',
			paragraphs: [
				'The newspaper page was reported by Zhao Tong (赵童), Liu Yupei (刘玉珮) and Xia Yu (夏宇); its photos were supplied by the Fuling District Water Resources Bureau. Text, graphics and any errors in them are ours.'
			]
		}
	}
};
