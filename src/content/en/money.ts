import type { MoneyCopy } from '../money.types';

export const money: MoneyCopy = {
	heading: 'Money given, money invested',
	lead: [
		'The page reports two sums. One was given away; the other was invested through business deals. They are so far apart that no single scale shows both well, so the chart below changes its scale in plain view.'
	],
	steps: [
		'Over {partnershipYears} years, according to the district, Zhejiang gave Fuling **{freeDonations}** in free donations: money that did not have to be paid back.',
		'Trade cooperation brought in far more: by the page’s count, {tradeProjects} projects delivered **{tradeFundsInPlace}** of investment, not just pledged it. On that scale, the donations are a sliver.',
		'The investment is about {investmentToDonations} times the donations. Stack the donations bar {investmentToDonations} times and it fills the investment bar almost exactly.',
		'Counted in projects, the order flips: the page lists {publicWelfareProjects} public-welfare projects, without saying what they were, against {tradeProjects} business projects brokered under the partnership.',
		'Two kinds of money: the donations were gifts; the investment is business capital, which normally expects a return. The page counts it as paired assistance without saying how much came from Zhejiang firms.'
	],
	chart: {
		title: 'Free donations from Zhejiang and investment from trade cooperation, 1992–2021',
		source: 'Source: 2021 newspaper page (Fuling district figures). Nominal yuan.',
		notes: [
			'Totals over {partnershipYears} years.',
			'Investment: funds actually in place for the trade cooperation projects; the page does not say where they came from.'
		],
		aria: [
			'Bar chart. Free donations from Zhejiang over {partnershipYears} years: {freeDonations}, on an axis that fits them.',
			'Bar chart on one scale. Investment in place from {tradeProjects} trade cooperation projects: {tradeFundsInPlace}. Free donations: {freeDonations}, a sliver beside it.',
			'Bar chart. The investment bar filled with {investmentToDonations} blocks, each the size of the donations: about {investmentToDonations} times as much.',
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
		axisUnit: 'billion yuan',
		blocks: '{investmentToDonations} × the donations',
		squares: {
			publicWelfareProjects: 'Public-welfare projects',
			tradeProjects: 'Trade cooperation projects'
		},
		unitKey: 'One square = one project.'
	}
};
