import type { TimelineCopy } from '../timeline.types';

export const timeline: TimelineCopy = {
	heading: '{partnershipYears}年大事记',
	paragraphs: [
		'从1992年结对到2021年报道刊发，是这段对口支援的起止。其间报道标明年份的只有寥寥几件事，而且集中在两头：一头是起步之初，一头是最近几年。下文的数字大多是截至2021年的累计数，并非逐年记录。'
	],
	chart: {
		title: '报道中标明年份的事件',
		subtitle: '按年份比例排开，再逐条列出；青绿色为浙江所为',
		gap: '无标明年份的事件',
		events: {
			approval: {
				title: '浙江与涪陵结对',
				text: '三峡工程获批当年，中央号召全国对口支援三峡库区。'
			},
			wahaha: {
				title: '娃哈哈落户涪陵',
				text: '据报道，杭州娃哈哈集团率先进入库区，兼并涪陵{wahahaFactories|noun}特困淹没企业，安置移民{wahahaMigrants|noun}。'
			},
			baseline: {
				title: '数据起点',
				text: '报道所列经济数据从这一年算起：规上工业产值{industrialOutput1997}，地区生产总值{gdp1997}。'
			},
			communityAid: {
				title: '援建移民小区',
				text: '这一年起，涪陵投入浙江无偿援助资金，实施城镇移民小区综合帮扶、农村移民安置区精准帮扶“两项工程”，截至2021年累计{resettlementCommunityAid}。'
			},
			shuangxiStart: {
				title: '双溪社区启动改造',
				text: '年初，在浙江帮扶下，马鞍街道双溪社区开始改造，社区居民中不少是三峡移民。'
			},
			shuangxiDone: {
				title: '双溪社区改造完工',
				text: '2019年2月完工：新建社区便民服务中心，渗漏的山坪塘改造为人工湖，还建起了双溪公园。'
			},
			seriesEnd: {
				title: '最新数据',
				text: '规上工业产值增至{industrialOutput2020}，地区生产总值{gdp2020}。干部培训部分移至浙江，累计{cadresStudied2020|noun}干部人才赴浙学习。'
			},
			pageYear: {
				title: '对口支援{partnershipYears}年',
				text: '报道刊发。{top100Firms2021|noun}浙企入选2021年度重庆市重点工业企业和成长型工业企业名单。'
			}
		},
		notes: ['阴影部分只表示报道没有标明年份，并不代表这些年没有发生什么。'],
		source: '资料来源：2021年整版报道（涪陵区公布的数据）。金额按当年价格计算，未扣除物价因素。'
	}
};
