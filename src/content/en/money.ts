import type { MoneyCopy } from '../money.types';

export const money: MoneyCopy = {
	heading: 'Money given, money invested',
	lead: [
		'The page reports two sums. One was given away; the other was invested through business deals. They are so far apart that no single scale shows both well, so the chart below changes its scale in plain view.'
	],
	steps: [
		'Start with the money Zhejiang gave outright over {partnershipYears} years, by the district’s account: free donations, which did not have to be paid back.',
		'Trade cooperation brought in far more, and the page counts only investment actually in place, not pledges. On a scale that fits it, the donations are a sliver.',
		'Cut the investment into blocks the size of all the donations and it fills {investmentToDonations} of them. The page does not say where that investment came from.',
		'Counted in projects, the order flips: far more public-welfare projects than business ones, though the page does not say what they were.',
		'The donations were gifts; the investment is business capital, which normally expects a return. The page does not say how much of it came from Zhejiang firms.'
	],
	chart: {
		title: 'Zhejiang’s donations beside trade investment',
		subtitle:
			'Yuan, in each year’s prices: the investment was about {investmentToDonations} times the donations.',
		source: 'Source: 2021 newspaper page (Fuling district figures).',
		notes: [
			'Totals for 1992–2021, {partnershipYears} years.',
			'Investment: funds actually in place for the trade cooperation projects; the page does not say where they came from.'
		],
		aria: [
			'Bar chart. Free donations from Zhejiang over {partnershipYears} years: {freeDonations}, on an axis that fits them.',
			'Bar chart on one scale. Investment in place from {tradeProjects} trade cooperation projects: {tradeFundsInPlace}. Free donations: {freeDonations}, a sliver beside it.',
			'Blocks, each the size of the donations, {freeDonations}: one block for the donations, {investmentToDonations} blocks for the investment in place, {tradeFundsInPlace}, whose source the page does not state.',
			'One square per project: {publicWelfareProjects} public-welfare projects, and {tradeProjects} economic and trade cooperation projects.',
			'Bar chart on one scale. Free donations, a gift: {freeDonations}. Investment in place, business capital that normally expects a return: {tradeFundsInPlace}.'
		],
		bars: {
			freeDonations: 'Donations',
			tradeFundsInPlace: 'Investment'
		},
		kinds: {
			freeDonations: 'A gift',
			tradeFundsInPlace: 'Seeks a return'
		},
		axisUnit: { millions: 'million yuan', billions: 'billion yuan' },
		multiple: {
			one: '{freeDonations}',
			many: '{investmentToDonations} × the donations',
			key: 'One block = all the donations.'
		},
		squares: {
			publicWelfareProjects: 'Public-welfare projects',
			tradeProjects: 'Trade cooperation projects'
		},
		unitKey: 'One square = one project.',
		newScale: 'New scale'
	}
};
