/** Speaker notes for the presentation: what to say over each chart, one entry per step. */
import type { SpeakerNotes } from '$content/shared.types';

export const speaker: SpeakerNotes = {
	where: [
		'Trace the river from west to east: Chongqing, Fuling, the dam, then out to the coast and Hangzhou; the teal arc is the pairing of 1992. Then the two squares: {industrialOutput1997} in 1997, {industrialOutput2020} in 2020, {outputMultiple} times as much by area. A schematic, not a map; the page gives no count of people moved or land flooded.'
	],
	economy: [
		'Point to the lone bar, {industrialOutput1997} in 1997, and its axis: this is the scale we start from. Say the measure once: gross output of the larger industrial firms, not income, not GDP.',
		'Pause on the cut bar before giving any number: at the 1997 scale, 2020 does not fit on the screen.',
		'As the axis rescales, watch the 1997 bar shrink to a sliver, then read the new top: {industrialOutput2020}. Two years only, so say nothing about the years between.',
		'Point to the {outputBlocks} blocks, each the size of 1997 output: about {outputMultiple} times, in nominal yuan. Then the caution: prices and all of China grew too, so this does not measure what the help caused.',
		'Point to the GDP pair: above output in 1997 ({gdp1997}), below it in 2020 ({gdp2020}). Different measures, so neither is a share of the other. Next: what was rebuilt.'
	],
	rebuilding: [
		'Every row is on screen from the start, faint. Point to the two lit bars: {resettlementRoadsKm} of roads and {sewerPipesKm} of sewage pipes, totals to 2021 on one kilometre scale, so their lengths compare directly.',
		'From lengths to counts: {resettlementDocks|noun}, {drinkingWaterProjects} drinking-water projects and {sewageGarbagePlants} sewage and garbage plants, one square each. Squares and kilometres are separate scales; the page gives no capacity or people served.',
		'Let the largest block light up: {supportFacilities} public facilities in use, from service centres to farmers’ markets. Very different things are counted alike, so read it as a tally, not a size.',
		'Two last figures, each on its own scale: {industrialParks|words} industrial parks, and {sewageTreatmentRate} of household sewage treated centrally. Next: the money.'
	],
	money: [
		'Point to the donations bar and its axis: {freeDonations} over {partnershipYears} years, given, not lent. Note the scale; it is about to change.',
		'Watch the axis change as the investment bar rises: {tradeFundsInPlace} in place from {tradeProjects} projects. The donations did not shrink; the scale did.',
		'The bars give way to blocks: one block is all the donations, and the investment makes {investmentToDonations} such blocks. It compares two sums and says nothing about what either achieved, or where the investment came from.',
		'The bars give way to squares, one per project: {publicWelfareProjects} public-welfare against {tradeProjects} trade projects. A count of projects says nothing about their size.',
		'Read the captions under the bars: one sum is a gift, the other business capital that normally expects a return. The page does not say how much came from Zhejiang firms. Next: the firms.'
	],
	'industry-firms': [
		'One dot per firm: {zhejiangFirms|noun} from Zhejiang on the left, {fulingFirms|noun} in Fuling on the right. The page gives the two totals only, so do not pair dots up: who worked with whom is not known.'
	],
	'industry-panel': [
		'Start at the top with Wahaha, the first to come in 1994 by the page’s account, then the {leadingIndustries|words} leading industries. The page names only some firms, and the credit it gives them is its own claim.'
	],
	livelihoods: [
		'Point to the school row: {friendshipSchoolAid} given by Zhejiang, with dots for {schoolHonors|noun} and {schoolPairs} school pairs. Dots are counts, not money.',
		'Health: {healthAid} from Zhejiang. Squares are the {healthInstitutions} institutions built, dots the {medicsTrained} medics trained; the page does not tie the sum to either count.',
		'The source changes here: {nursingHomeFunds} is assistance money the district says it spent, not a direct gift, on {nursingHomes|noun} and other projects. Do not divide it per home.',
		'Point to the longest bar: {communityCentreFunds} of the district’s assistance funds, for {communityCentres} community service centres. All bars share one scale, so lengths compare directly.',
		'Point to the faded end of the bar: the page says {fitnessLibraryFunds}, a floor, so the true sum is higher. It went to {fitnessSites|words} fitness sites and {libraries|words} libraries.',
		'Every row back at full strength: compare the bars with each other, not with the marks, since the page does not say how each sum was spent. Next: one community up close.'
	],
	'shuangxi-waffle': [
		'One square per hundredth of Shuangxi’s {shuangxiResidents|noun}; the coloured ones, {shuangxiMigrantShare}, are resettled migrants. Both are floors, so some grey squares may be migrants too.'
	],
	'shuangxi-change': [
		'Read from before to after, early 2018 to February 2019, as the page describes it. It gives no cost for Shuangxi; the {resettlementCommunityAid} since 2014 went to two programmes, not to Shuangxi alone.'
	],
	people: [
		'Start with the leaders who came from Zhejiang, one dot each: “+” marks a floor, so the dots are the stated number, not a total. On the Fuling side, in person-times, one person may count more than once.'
	],
	timeline: [
		'This is the frame for everything after it. Point to the shaded stretch on the strip: the page dates nothing between 1997 and 2014, so draw no conclusions about those years. The teal dots are Zhejiang’s own steps; the rest is Fuling’s. It ends on 2021, {partnershipYears} years after the pairing.'
	],
	'known-years': [
		'End on this: one slot for each year from 1997 to 2020, and only the first and the last are filled. The page gives no yearly figures, so there is no line to draw between them and no way to say when the growth came.'
	]
};
