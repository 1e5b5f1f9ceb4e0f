import type { MoneyCopy } from '../money.types';

export const money: MoneyCopy = {
	heading: '捐赠的钱，投资的钱',
	lead: [
		'报道里有两笔钱：一笔是无偿捐赠，一笔是经贸合作带来的投资。两者相差悬殊，同一把尺子很难把两者都画清楚，因此下图会随着滚动切换一次刻度。'
	],
	steps: [
		'先看浙江直接给的钱。据涪陵区介绍，{partnershipYears}年来的无偿捐赠资金不用偿还。',
		'经贸合作带来的钱要多得多，报道统计的是实际到位的资金，而非签约额。换成能容纳它的刻度，捐赠资金只剩细细一条。',
		'以全部捐赠资金为一块，到位资金能切成{investmentToDonations}块。这笔投资来自哪里，报道没有说明。',
		'如果按项目个数算，顺序就倒了过来：公益项目远多于经贸合作项目，但报道没有说明这些公益项目的具体内容。',
		'这两笔钱性质不同。捐赠是无偿的赠予，到位资金则是商业投资，通常期待回报。报道把这些项目记在浙江对口支援名下，但没有说明这笔钱多少来自浙江企业、多少来自其他渠道。'
	],
	chart: {
		title: '1992—2021年浙江无偿捐赠资金与经贸合作到位资金',
		subtitle: '按当年价格：到位资金约为捐赠资金的{investmentToDonations}倍',
		source: '资料来源：2021年整版报道（涪陵区公布的数据）。',
		notes: [
			'为{partnershipYears}年累计数。',
			'到位资金指经贸合作项目实际到位的资金，报道未说明资金来源。'
		],
		aria: [
			'柱状图。{partnershipYears}年来浙江无偿捐赠资金{freeDonations}，坐标轴刻度与之相称。',
			'同一刻度的柱状图。{tradeProjects|noun}经贸合作项目到位资金{tradeFundsInPlace}；无偿捐赠资金{freeDonations}，在旁边只是细细一条。',
			'方块图，每块等于捐赠资金总额{freeDonations}：捐赠资金一块，经贸合作到位资金{tradeFundsInPlace}合{investmentToDonations}块，报道未说明其来源。',
			'一个方块代表一个项目：公益项目{publicWelfareProjects|noun}，经贸合作项目{tradeProjects|noun}。',
			'同一刻度的柱状图。无偿捐赠资金{freeDonations}，属于赠予；经贸合作到位资金{tradeFundsInPlace}，属于通常期待回报的商业投资。'
		],
		bars: {
			freeDonations: '无偿捐赠',
			tradeFundsInPlace: '到位资金'
		},
		kinds: {
			freeDonations: '不求回报',
			tradeFundsInPlace: '期待回报'
		},
		axisUnit: { millions: '亿元', billions: '亿元' },
		multiple: {
			one: '{freeDonations}',
			many: '约为捐赠资金的{investmentToDonations}倍',
			key: '每块等于全部捐赠资金。'
		},
		squares: {
			publicWelfareProjects: '公益项目',
			tradeProjects: '经贸合作项目'
		},
		unitKey: '每个方块代表一个项目。',
		newScale: '刻度已变'
	}
};
