import type { PeopleCopy } from '../people.types';

export const people: PeopleCopy = {
	heading: '两地往来',
	paragraphs: [
		'对口支援也是人的往来。据涪陵区介绍，{partnershipYears}年来，浙江历届省委书记、省长等各级领导先后深入涪陵指导工作，并在考察中现场捐赠资金。',
		'报道记录的反向往来更多。涪陵多批次组团出访浙江，浙江也接收涪陵优秀年轻干部挂职锻炼；其中不少按人次计，同一人挂职两次就计两次。',
		'挂职干部所在单位与浙江相关单位交流互访，协调引进了富硒米、杨梅栽培及加工等合作项目。近年来，浙江还为库区干部、医生、教师和移民举办多种培训班，并计划继续开班。'
	],
	chart: {
		title: '浙江与涪陵之间的人员往来（截至2021年）',
		subtitle: '来涪领导每点代表一人；涪陵出访人员每格代表十人',
		source: '资料来源：2021年整版报道（涪陵区公布的数据）；均为截至2021年的累计数。',
		notes: [
			'每个圆点代表一位领导；“+”表示原文为“多位”，圆点只画出所述数字，并非实际总数。方格按十人四舍五入。',
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
		visitors: '涪陵出访浙江人员 **{fulingVisitors|noun}**',
		squareKey: '人',
		rows: {
			delegations: {
				value: '{fulingDelegations}',
				unit: '批次',
				caption: '涪陵出访浙江，即上方方格所示人员'
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
