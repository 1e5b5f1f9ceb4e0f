import type { WhereCopy } from '../where.types';

export const where: WhereCopy = {
	heading: '',
	paragraphs: [
		'The page calls Fuling a major resettlement district of the reservoir area: people who lived where the water would rise had to move, and some of its factories stood in the flood zone. It does not say how many people moved, or how much of the district went under water.'
	],
	chart: {
		title: 'Fuling on the reservoir, Zhejiang on the coast',
		subtitle: 'Paired in 1992: a coastal province and a district the reservoir would partly flood',
		aria: 'A schematic, not to scale: the Yangtze drawn as a line from west to east, from Chongqing past Fuling, just downstream, to the Three Gorges Dam, and on to the coast. The reservoir is highlighted from the dam upstream past Fuling to Chongqing. On the coast, south of the river’s mouth, lies Hangzhou, capital of Zhejiang province; a teal arc joins it to Fuling: the pairing of 1992.',
		places: {
			chongqing: 'Chongqing',
			fuling: 'Fuling',
			dam: 'Three Gorges Dam',
			hangzhou: 'Hangzhou'
		},
		hangzhouNote: 'capital of Zhejiang',
		reservoir: 'Reservoir',
		river: 'Yangtze →',
		pairing: 'Paired in 1992',
		key: 'From Zhejiang, in every chart',
		jump: {
			title: 'Fuling’s industrial output',
			subtitle: 'Larger firms; squares to scale by area',
			multiple: '**{outputMultiple} times** the 1997 level',
			aria: 'Beside it, Fuling’s industrial output as two squares drawn to scale by area: {industrialOutput1997} in 1997 and {industrialOutput2020} in 2020, {outputMultiple} times as much.'
		},
		notes: ['The river is a schematic, not to scale; the squares are to scale.'],
		source: 'Source: 2021 newspaper page (Fuling district figures). Nominal yuan.'
	}
};
