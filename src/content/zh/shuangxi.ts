import type { ShuangxiCopy } from '../shuangxi.types';

export const shuangxi: ShuangxiCopy = {
	heading: '特写：一个移民社区',
	paragraphs: [
		'具体到一个社区，帮扶是什么样子？报道举了一个例子：马鞍街道双溪社区，这里的居民中有不少是移民。'
	],
	waffle: {
		title: '双溪社区的居民构成',
		subtitle: '每个方格代表百分之一的居民：移民占三成以上',
		source: '资料来源：2021年整版报道（涪陵区公布的数据）。',
		notes: ['每个方格代表百分之一的居民。', '报道给出的是下限，部分灰色方格也可能是移民。'],
		shareLead: '移民占比',
		totalLead: '居民总数',
		total: '{shuangxiResidents|noun}',
		aria: '方格图：双溪社区有居民{shuangxiResidents|noun}，其中移民占{shuangxiMigrantShare}。'
	},
	renovation: [
		'报道称，此前社区环境脏乱差，便民服务中心功能设施也不完善。2018年初，在浙江的帮助下，双溪移民社区综合整治项目启动，2019年2月完工。'
	],
	change: {
		title: '整治前后的双溪社区',
		subtitle: '报道所述的变化，2018年初至2019年2月',
		source: '资料来源：2021年整版报道（涪陵区公布的数据）。',
		notes: ['依据报道的描述整理；报道未给出这项整治的投入等数字。'],
		before: {
			heading: '整治前',
			when: '2018年初启动整治',
			items: ['社区环境脏乱差', '便民服务中心功能设施不完善', '山坪塘渗漏', '露天垃圾场']
		},
		after: {
			heading: '整治后',
			when: '2019年2月完工',
			items: [
				'新建社区便民服务中心',
				'渗漏的山坪塘改造为人工湖',
				'双溪公园建起健身步道、凉亭、羽毛球场',
				'清除露天垃圾场',
				'便民服务中心常态化开展技能培训，帮助居民就业'
			]
		}
	},
	programme: [
		'报道称，双溪社区的嬗变是一个缩影。2014年以来，涪陵投入浙江无偿援助资金{resettlementCommunityAid}，实施城镇移民小区综合帮扶、农村移民安置区精准帮扶“两项工程”。报道没有说明其中多少用于双溪社区。'
	]
};
