/**
 * The English edition. Written for English readers, not translated from the
 * Chinese. Every number is a token resolved from the data module.
 */
import type { Copy } from '../types';
import { where } from './where';
import { money } from './money';
import { industry } from './industry';
import { livelihoods } from './livelihoods';
import { shuangxi } from './shuangxi';
import { people } from './people';
import { timeline } from './timeline';

export const en: Copy = {
	lang: 'en',
	meta: {
		title: 'What {partnershipYears} years of paired assistance built in Fuling',
		description:
			'When the Three Gorges reservoir flooded much of Fuling, Zhejiang province was assigned to help it rebuild. The official figures, charted.'
	},
	kicker: 'The Three Gorges, 1992–2021',
	switchLabel: 'Read this story in Chinese',
	headline: 'What {partnershipYears} years of help built in a flooded district',
	dek: 'When the Three Gorges reservoir rose over much of Fuling, the eastern province of Zhejiang was assigned to help it rebuild. By the district’s own account, its industry is now {outputMultiple} times larger, and the families who had to move have new roads, docks, water and sewage works.',
	byline:
		'Graphics and text: the data-graphics desk. Figures: Fuling district, as published in 2021.',
	intro: [
		'In 1992, as the Three Gorges dam on the Yangtze was approved, China’s central government called on the whole country to help the places its reservoir would flood. Under the scheme, known as paired assistance, each richer province was matched with a district of the reservoir area. Zhejiang, on the east coast, was matched with Fuling, a district of Chongqing upstream of the dam.',
		'The partnership has now run for {partnershipYears} years. Every figure below comes from a full newspaper page published in 2021 to mark it, written in a voice of gratitude. They are the district’s official account, and this piece reports them as that.'
	],
	where,
	economy: {
		heading: 'How much changed',
		steps: [
			'In 1997, Fuling’s larger industrial firms made goods worth {industrialOutput1997}. That is gross output, the full value of what the factories produced. It is not anyone’s income.',
			'By 2020, the same measure had reached **{industrialOutput2020}**. On a scale that fits it, the 1997 figure shrinks to a sliver.',
			'Stack the 1997 output {outputBlocks} times and it fills the 2020 bar almost exactly: growth of about {outputCagr} a year, in yuan not adjusted for inflation. The page credits the partnership, but prices rose and all of China grew fast in these years; the figures cannot show how much of the change the help caused.',
			'Fuling’s GDP rose from {gdp1997} to {gdp2020}, about {gdpMultiple} times as much. GDP counts only the value added at each stage, so it is smaller than gross output: the two measure different things.'
		],
		chart: {
			title: 'Fuling’s industrial output and GDP, 1997 and 2020',
			source: 'Source: Fuling district, published 2021. Nominal yuan.',
			notes: [
				'Industrial output: gross output of firms above a designated size. GDP: value added.',
				'Only 1997 and 2020 are known.'
			],
			aria: [
				'Bar chart. Gross output of Fuling’s larger industrial firms in 1997: {industrialOutput1997}.',
				'Bar chart. Gross industrial output rose from {industrialOutput1997} in 1997 to {industrialOutput2020} in 2020; at this scale the 1997 bar is a sliver.',
				'Bar chart. The 2020 industrial output bar filled with {outputBlocks} blocks, each the size of 1997 output: about {outputMultiple} times as much.',
				'Bar chart. Gross industrial output: {industrialOutput1997} in 1997, {industrialOutput2020} in 2020. GDP: {gdp1997} in 1997, {gdp2020} in 2020.'
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
	},
	between: [
		'Totals like these are hard to picture. The page is more concrete about what was rebuilt in the resettlement areas, where families moved when the water rose.'
	],
	rebuilding: {
		heading: 'What was rebuilt for the people who moved',
		steps: [
			'Roads first: {resettlementRoadsKm} of resettlement roads were rebuilt. According to the district, every village in its resettlement townships can now be reached by road.',
			'Below ground, {sewerPipesKm} of sewage pipes, drawn to the same kilometre scale as the roads.',
			'On the water, {resettlementDocks|noun} were rebuilt for the resettled towns. Each square is one dock.',
			'{drinkingWaterProjects} drinking-water projects brought water to the new settlements.',
			'{sewageGarbagePlants} sewage and garbage treatment plants were built for the towns.',
			'Above all, {supportFacilities} public facilities are in use: service centres, bus stations, farmers’ markets and more. One square each.',
			'By the page’s count, {sewageTreatmentRate} of household sewage in the resettlement towns is now treated centrally, and {industrialParks} industrial parks have been built for local produce such as bamboo shoots, white tea and bayberries.'
		],
		chart: {
			title: 'What was rebuilt in Fuling’s resettlement areas',
			source: 'Source: Fuling district, published 2021; totals to date.',
			notes: ['Kilometres, counts and the percentage each have their own scale.'],
			ariaLead: 'Chart of resettlement infrastructure in Fuling.',
			groups: {
				resettlementRoadsKm: 'Roads',
				sewerPipesKm: 'Sewage pipes',
				resettlementDocks: 'Docks',
				drinkingWaterProjects: 'Drinking-water projects',
				sewageGarbagePlants: 'Sewage and garbage plants',
				supportFacilities: 'Public facilities',
				industrialParks: 'Industrial parks',
				sewageTreatmentRate: 'Sewage treated centrally'
			},
			kmScale: 'km',
			rateScale: '100%',
			unitKey: 'One square = one dock, project, plant, facility or park.'
		}
	},
	money,
	industry,
	livelihoods,
	shuangxi,
	people,
	timeline,
	outro: [
		'What the page leaves out matters too. It gives no yearly figures, so the path between 1997 and 2020 is unknown; it says nothing of the resettled families’ incomes; and it does not say how much of the rebuilding Zhejiang paid for. The figures here are the district’s own, published in 2021 to mark {partnershipYears} years of the partnership.'
	],
	methods: {
		heading: 'Sources and methods',
		notes: [
			'Every figure in this piece comes from one source: “心系库区 倾情帮扶” (“Caring for the reservoir area”), a full newspaper page published in 2021 to mark {partnershipYears} years of Zhejiang’s paired assistance to Fuling. It is the district’s official account, written in a voice of gratitude; we report its figures as such and could not check them independently.',
			'Money is in nominal yuan, as the page gives it, not adjusted for inflation. The page counts in 亿 (a hundred million) and 万 (ten thousand); the English edition converts these to billions and millions of yuan.',
			'The headline series is the gross output of industrial firms above a designated size (规上工业产值): the full value of the goods made by firms whose annual revenue passes a threshold. It is not income, and it is not GDP, which counts only value added. That is why output can exceed GDP; one is never a share of the other.',
			'Where the page says “more than” (余, 多, 超过), the figure is a floor and is shown as “more than N” or “N+”. Only 1997 and 2020 are given for output and GDP, so the charts draw those two years and nothing between them. Totals are cumulative over the partnership unless a year is given.',
			'What the page does not say: how much of the growth the partnership caused, how much of the rebuilding Zhejiang paid for, where the trade investment came from, or how the resettled families’ incomes changed. The geography figure is a schematic, not a map. The page’s photos are not reproduced, and no others are used.'
		],
		derivedHeading: 'Worked out from the figures',
		derived: [
			'Output grew {outputMultiple} times: {industrialOutput2020} in 2020 divided by {industrialOutput1997} in 1997. Spread over the {seriesYears} years between them, that is compound growth of {outputCagr} a year.',
			'GDP grew {gdpMultiple} times, from {gdp1997} to {gdp2020}: {gdpCagr} a year, compounded.',
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
			note: 'Each row has the figure’s id, value, unit, year, whether it is a floor, English and Chinese labels and the page’s wording. The CSV opens in Excel with the Chinese intact.'
		},
		credit: {
			heading: 'Credits',
			paragraphs: [
				'The newspaper page was reported by Zhao Tong (赵童), Liu Yupei (刘玉珮) and Xia Yu (夏宇); its photos were supplied by the Fuling District Water Resources Bureau. Text, graphics and any errors in them are ours.'
			]
		}
	}
};
