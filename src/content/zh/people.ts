import type { PeopleCopy } from '../people.types';

export const people: PeopleCopy = {
	heading: '两地往来',
	paragraphs: [
		'对口支援也是人的往来。据涪陵区介绍，{partnershipYears}年来，浙江历届省委书记、省长等{provincialLeaders|noun}省级领导，以及{provincialDeptLeaders|noun}省级部门领导、{cityCountyLeaders|noun}市县区领导先后深入涪陵指导工作，现场捐赠资金{onSiteDonations}。',
		'往来是双向的。涪陵先后出访浙江{fulingDelegations|noun}、{fulingVisitors|noun}。浙江累计接收涪陵优秀年轻干部挂职锻炼{secondedCadres|noun}（按人次计，同一人可重复计入）。',
		'挂职干部所在单位与挂职地区相关单位交流互访{exchangeVisits|noun}，协调引进富硒米、杨梅栽培及加工等合作项目，报道中可辨认的数字为{cooperationProjects}（扫描件在此中断，实际数字可能更多）。近年来，浙江先后为库区干部、医生、教师和移民举办多种培训班，截至2021年累计培训{peopleTrained|noun}。2020年以来，涪陵已组织{cadresStudied2020|noun}干部人才赴浙学习；报道还称，近期将在浙江开班培训{plannedTrainees|noun}。'
	],
	chart: {
		title: '浙江与涪陵之间的人员往来（截至2021年）',
		source: '资料来源：2021年整版报道（涪陵区公布的数据）；均为截至2021年的累计数。',
		notes: [
			'每个圆点代表一位领导；“+”表示原文为“多位”，圆点只画出所述数字，并非实际总数。',
			'“人次”按每次挂职或培训计，同一人可能被重复计入。右侧各行单位不同，未按比例绘制。'
		],
		aria: '图表分两部分。浙江到涪陵，每个圆点代表一位领导：{provincialLeaders|noun}省级领导、{provincialDeptLeaders|noun}省级部门领导和{cityCountyLeaders|noun}市县区领导先后到涪陵，现场捐赠资金{onSiteDonations}。涪陵到浙江：出访{fulingDelegations|noun}、{fulingVisitors|noun}；年轻干部挂职{secondedCadres|noun}；挂职干部所在单位与挂职地区相关单位交流互访{exchangeVisits|noun}，协调引进合作项目至少{cooperationProjects}；培训{peopleTrained|noun}；2020年以来{cadresStudied2020|noun}干部人才赴浙学习，还将组织{plannedTrainees|noun}赴浙培训。',
		heads: {
			zhejiang: { title: '浙江 → 涪陵', sub: '到涪陵指导的领导，一点代表一人' },
			fuling: { title: '涪陵 → 浙江', sub: '出访、挂职与培训' }
		},
		groups: {
			provincialLeaders: '省级领导 **{provincialLeaders|noun}**',
			provincialDeptLeaders: '省级部门领导 **{provincialDeptLeaders|noun}**',
			cityCountyLeaders: '市县区领导 **{cityCountyLeaders|noun}**'
		},
		donation: '现场捐赠资金 **{onSiteDonations}**',
		rows: {
			delegations: {
				value: '{fulingDelegations}',
				unit: '批次',
				caption: '涪陵出访浙江，共{fulingVisitors|noun}'
			},
			secondments: {
				value: '{secondedCadres}',
				unit: '人次',
				caption: '年轻干部赴浙挂职；所在单位协调引进合作项目至少{cooperationProjects}'
			},
			exchange: {
				value: '{exchangeVisits}',
				unit: '次',
				caption: '挂职干部所在单位与挂职地区相关单位互访'
			},
			training: {
				value: '{peopleTrained}',
				unit: '人次',
				caption: '培训库区干部、医生、教师和移民'
			},
			study: {
				value: '{cadresStudied2020}',
				unit: '名',
				caption: '干部人才2020年以来赴浙学习；还将组织{plannedTrainees|noun}赴浙培训'
			}
		}
	}
};
