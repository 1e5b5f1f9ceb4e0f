import type { KnownYearsCopy } from '../known-years.types';

export const knownYears: KnownYearsCopy = {
	heading: '报道没有说的',
	chart: {
		title: '有数据的只有两年',
		subtitle: '涪陵规上工业产值，亿元；1997—2020年，每年一格',
		gap: '无逐年数据',
		aria: '涪陵规上工业产值只有两个年份的数据：1997年{industrialOutput1997}，2020年{industrialOutput2020}。报道没有给出中间各年的数字，两者之间的走势无从得知。',
		notes: ['只有首尾两年有数，中间各年未作任何估算。'],
		source: '资料来源：2021年整版报道（涪陵区公布的数据）。金额按当年价格计算，未扣除物价因素。'
	}
};
