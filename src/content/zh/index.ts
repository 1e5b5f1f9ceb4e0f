/**
 * 中文版。为中文读者重新撰写，不是英文稿的逐句翻译；所有数字都是数据模块里的
 * 标记（{factId}），由同一个格式化函数按中文习惯输出（1742亿元、1.2万余）。
 */
import type { Copy } from '../types';
import { where } from './where';
import { economy } from './economy';
import { rebuilding } from './rebuilding';
import { money } from './money';
import { industry } from './industry';
import { livelihoods } from './livelihoods';
import { shuangxi } from './shuangxi';
import { people } from './people';
import { timeline } from './timeline';
import { knownYears } from './known-years';
import { speaker } from './speaker';
import { embedCode, frame } from './embed';
import { present } from './present';
import { reader } from './reader';

export const zh: Copy = {
	lang: 'zh',
	meta: {
		title: '对口支援{partnershipYears}年：官方数字里的涪陵',
		description:
			'1992年，浙江省与三峡库区移民大区涪陵结成对口支援关系。用图表读2021年公布的官方数据：它们说明了什么，又说明不了什么。'
	},
	kicker: '三峡库区，1992—2021',
	switchLabel: '阅读英文版',
	headline: '三峡库区的涪陵，东部沿海的浙江：对口支援{partnershipYears}年',
	dek: '1992年三峡工程获批，库区将淹没涪陵的部分地方；同年，东部沿海的浙江省与这个移民大区结成对口支援关系。据涪陵区公布的数据，2020年当地规上工业产值是1997年的{outputMultiple}倍；截至2021年，搬迁移民有了新的道路、码头、饮水和污水处理设施。这些数字说明不了，其中有多少是对口支援带来的。',
	byline: '图文：数据图表组　资料来源：2021年整版报道（涪陵区公布的数据）',
	intro: ['1992年，三峡工程获批兴建。大坝建成蓄水后，库区将沿长江上溯，越过今属重庆的涪陵。'],
	where,
	pairing: [
		'同年，中央号召全国对口支援三峡库区，由经济较发达的省市分别结对帮扶库区各区县。地处东部沿海的浙江省，与涪陵结为对口支援关系。',
		'本文的全部数字，出自2021年为纪念这一结对刊发的一篇整版报道，行文充满感恩之情。到那时，结对已满{partnershipYears}年。这些数字是当地的官方说法，本文也以此呈现。'
	],
	economy,
	between: [
		'这样的总量数字很难想象。报道对移民安置区重建了什么，说得更具体：那里是江水上涨后移民搬去的新家。'
	],
	rebuilding,
	money,
	industry,
	livelihoods,
	shuangxi,
	people,
	timeline,
	knownYears,
	outro: [
		'报道没有交代的还有：有多少人搬迁，移民家庭的收入有何变化，重建费用中浙江承担了多少，经贸合作资金从何而来。本文所用数字均为涪陵区的官方数据，于2021年刊发，以纪念对口支援{partnershipYears}年。'
	],
	speaker,
	frame,
	embedCode,
	present,
	reader,
	methods: {
		heading: '数据来源与方法',
		notes: [
			'本文全部数字来自同一来源：2021年刊发的整版报道《心系库区 倾情帮扶》，纪念浙江对口支援涪陵{partnershipYears}年。版面本身未标日期，扫描件也看不到报纸名称；从1992年算起的年数和2021年度的企业名单可以判断其刊发年份。这是当地的官方说法，行文充满感恩之情；本文照此引用，未能逐一独立核实。',
			'金额均为报道所给的当年价格，未扣除物价因素。中文版沿用报道的单位：亿元、万元。',
			'核心指标是规模以上工业企业总产值（规上工业产值），即年主营业务收入达到一定规模的工业企业所产商品的全部价值。它不是收入，也不是地区生产总值。地区生产总值覆盖全部产业，但只计增加值；规上工业产值只统计规模以上工业企业，却按产品全值计算。两者口径不同，孰大孰小并无定规（1997年地区生产总值较高，2020年规上工业产值较高），不能相除当作“占比”。',
			'“规模以上”的认定标准和涪陵的行政区划，在1997年之后都可能有过调整；报道没有说明1997年的数据是否按后来的口径调整过，因此{outputMultiple}倍应视为近似比较。',
			'报道中带“余”“多”“超过”的数字是下限，本文写作“N余”“N以上”。有一个数字部分残缺：挂职协调引进的合作项目，扫描件在“{cooperationProjects}”之后中断，单位以及是否带“余”字都无从辨认，本文按“至少”处理。产值和地区生产总值只有1997年和2020年两个年份，图中只画这两年，不画中间走势。累计数均截至2021年；报道给出起始年份的，表中列出起止年份，未给出的，表中写作“截至2021年”。',
			'报道没有说明的：经济增长中有多少可归因于对口支援，有多少人搬迁，重建费用中浙江出了多少，经贸合作资金来自哪里，移民家庭收入有何变化。文中地理图是示意图，不是地图。报道原有的照片未予转载，本文也未使用其他照片。'
		],
		derivedHeading: '由原始数字计算',
		derived: [
			'2020年规上工业产值是1997年的{outputMultiple}倍：2020年的{industrialOutput2020}除以1997年的{industrialOutput1997}。两年相隔{seriesYears}年，折合年均复合增长{outputCagr}。',
			'地区生产总值从{gdp1997}增至{gdp2020}，是1997年的{gdpMultiple}倍，年均复合增长{gdpCagr}。',
			'经贸合作到位资金（{tradeFundsInPlace}）约为无偿捐赠资金（{freeDonations}）的{investmentToDonations}倍。',
			'{partnershipYears}年：从1992年结对算起，到报道刊发的2021年。'
		],
		figuresHeading: '全部数字及报道原文',
		figuresSummary: '展开数字一览表',
		columns: { figure: '指标', value: '数值', when: '年份', source: '报道原文' },
		sections: {
			economy: '经济总量',
			rebuilding: '移民安置区建设',
			money: '资金与项目',
			industry: '产业与企业',
			livelihoods: '教育、医疗、养老、社区',
			shuangxi: '双溪社区',
			people: '人员往来'
		},
		when: { year: '{year}年', period: '{from}—{to}年', asOf: '截至{year}年' },
		floor: '以上',
		downloadsHeading: '数据下载',
		downloads: {
			csv: '全部数字（CSV）',
			json: 'JSON格式',
			note: '每行包括指标编号、数值、单位、计数单位（座、人次等）、年份、是否为下限、中英文名称和报道原文。CSV文件用Excel打开，中文不会乱码。'
		},
		credit: {
			heading: '署名与来源',
			paragraphs: [
				'原报道记者：赵童、刘玉珮、夏宇；原版照片由涪陵区水利局提供。本文文字与图表由本组制作，文责自负。'
			]
		}
	}
};
