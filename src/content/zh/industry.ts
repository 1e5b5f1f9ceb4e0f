import type { IndustryCopy } from '../industry.types';

export const industry: IndustryCopy = {
	heading: '浙企入涪',
	paragraphs: [
		'对口支援不只是资金。据报道，1994年杭州娃哈哈集团率先进入库区，兼并涪陵面临淹没的特困企业并包干安置移民，两年之内，产量、销售和利税实现成倍增长。',
		'此后，两地探索技术合作、股份合作、债权债务买断、兼并与搬迁安置相结合等多种模式，推动企业“联姻”。报道给出了两地参与企业的总数，未列明哪些企业相互合作。'
	],
	firms: {
		title: '截至2021年携手合作的浙江企业与涪陵企业',
		subtitle: '每个圆点代表一家企业：浙江企业与合作的涪陵企业',
		source: '资料来源：2021年整版报道（涪陵区公布的数据）。',
		notes: ['每个圆点代表一家企业。', '报道只公布了两地企业的总数，未列明哪些企业相互合作。'],
		zhejiang: '浙江企业',
		fuling: '涪陵企业',
		aria: '点图，每个圆点代表一家企业：{zhejiangFirms|noun}浙江企业与{fulingFirms|noun}涪陵企业开展合作。'
	},
	after: [
		'据涪陵区介绍，截至2021年，华峰、万凯等浙企在涪陵实施新建、扩能项目，建成智能工厂和数字化车间，部分浙企还登上2021年度全市重点工业企业和成长型工业企业名单。',
		'国盛基业、万丰奥威等浙企也先后落户涪陵；报道还提到，太极集团收购了浙江东方制药厂。涪陵方面表示，这些企业助力构建起以材料、清洁能源、生物医药等为主导产业的工业体系。'
	],
	panel: {
		title: '报道提及的企业与产业',
		subtitle: '涪陵的主导产业，以及其中的浙江企业；名称与数字均据报道',
		source: '资料来源：2021年整版报道（涪陵区公布的数据）。',
		notes: ['报道只列举了部分企业；各项数字为截至2021年的累计数。'],
		namedHeading: '报道点名的企业',
		named: [
			{
				name: '娃哈哈集团',
				note: '据报道，1994年率先进入库区：兼并{wahahaFactories|noun}企业，安置移民{wahahaMigrants|noun}'
			},
			{ name: '华峰', note: '新建扩能项目' },
			{ name: '万凯新材料', note: '新建扩能项目' },
			{ name: '国盛基业', note: '引进落户涪陵' },
			{ name: '万丰奥威', note: '引进落户涪陵' },
			{ name: '太极集团', note: '收购浙江东方制药厂' }
		],
		industriesHeading: '涪陵{leadingIndustries|hanzi}大主导产业',
		industries: ['材料', '清洁能源', '消费品', '装备制造', '生物医药', '电子信息'],
		statsHeading: '浙企扩能升级',
		stats: {
			expansionFirms: '浙企新建扩能项目',
			smartFactories: '智能工厂',
			digitalWorkshops: '数字化车间',
			top100Firms2021: '浙企登上2021年度全市重点和成长型工业企业名单'
		}
	}
};
