import type { WhereCopy } from '../where.types';

export const where: WhereCopy = {
	heading: '',
	paragraphs: [
		'报道称涪陵是三峡库区移民大区：住在水位将要上涨之处的居民须搬迁，一些企业也处在淹没区。报道没有给出移民人数，也没有说明有多少土地被淹。'
	],
	chart: {
		title: '涪陵在库区，浙江在东部沿海',
		subtitle: '1992年，沿海的浙江与将被部分淹没的涪陵结对',
		aria: '示意图，非按比例：长江自西向东画成一条线，从重庆经紧邻其下游的涪陵到三峡大坝，再流向海岸。三峡水库一段以高亮标出，从大坝向上游经涪陵延伸至重庆。长江入海口以南的海岸上是浙江省会杭州，一条青绿色弧线把它与涪陵相连：1992年的结对。',
		places: {
			chongqing: '重庆',
			fuling: '涪陵',
			dam: '三峡大坝',
			hangzhou: '杭州'
		},
		hangzhouNote: '浙江省会',
		reservoir: '三峡水库',
		river: '长江 →',
		pairing: '1992年结对',
		key: '来自浙江（全文图表同此色）',
		jump: {
			title: '涪陵规上工业产值',
			subtitle: '方块面积按比例',
			multiple: '是1997年的**{outputMultiple}倍**',
			aria: '旁边两个方块按面积比例表示涪陵规上工业产值：1997年{industrialOutput1997}，2020年{industrialOutput2020}，是1997年的{outputMultiple}倍。'
		},
		notes: ['河流为示意，非按比例；方块按比例。'],
		source: '资料来源：2021年整版报道（涪陵区公布的数据）。按当年价格计算。'
	}
};
