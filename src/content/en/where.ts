import type { WhereCopy } from '../where.types';

export const where: WhereCopy = {
	heading: '',
	paragraphs: [
		'The page calls Fuling a major resettlement district of the reservoir area: people who lived where the water would rise had to move, and some of its factories stood in the flood zone. It does not say how many people moved, or how much of the district went under water.'
	],
	chart: {
		title: 'Fuling on the reservoir, Zhejiang on the coast',
		aria: 'Schematic, not to scale: the Yangtze drawn as a line from west to east. Upstream, Chongqing, then Fuling just downstream of it, then the Three Gorges Dam. The Three Gorges reservoir is highlighted from the dam upstream past Fuling to Chongqing. Far to the east, south of the river’s mouth on the coast, lies Hangzhou, capital of Zhejiang province.',
		places: {
			chongqing: 'Chongqing',
			fuling: 'Fuling',
			dam: 'Three Gorges Dam',
			hangzhou: 'Hangzhou'
		},
		hangzhouNote: 'capital of Zhejiang',
		reservoir: 'Three Gorges reservoir',
		river: 'Yangtze →',
		schematic: 'Schematic, not to scale',
		notes: [],
		source: 'Drawing: the data-graphics desk. Places are shown in order along the river only.'
	}
};
