import type { WhereCopy } from '../where.types';

export const where: WhereCopy = {
	heading: '',
	paragraphs: [
		'报道称涪陵是三峡库区移民大区：住在水位将要上涨之处的居民须搬迁，一些企业也处在淹没区。报道没有给出移民人数，也没有说明有多少土地被淹。'
	],
	chart: {
		title: '涪陵在库区，浙江在东部沿海',
		aria: '示意图，非按比例：长江自西向东画成一条线。上游是重庆，紧邻其下游是涪陵，再往下是三峡大坝。三峡水库一段以高亮标出，从大坝向上游经涪陵延伸至重庆。东边远处、长江入海口以南的海岸上是浙江省会杭州。',
		places: {
			chongqing: '重庆',
			fuling: '涪陵',
			dam: '三峡大坝',
			hangzhou: '杭州'
		},
		hangzhouNote: '浙江省会',
		reservoir: '三峡水库',
		river: '长江 →',
		schematic: '示意图，非按比例',
		notes: [],
		source: '制图：数据图表组。仅示意各地沿江的先后位置。'
	}
};
