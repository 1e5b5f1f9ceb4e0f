import type { LivelihoodsCopy } from '../livelihoods.types';

export const livelihoods: LivelihoodsCopy = {
	heading: '民生：学校、医疗、养老与社区',
	paragraphs: [
		'除了道路和污水管网，报道还列出了教育、医疗卫生、养老、社区服务、健身和图书馆等民生领域的资金，以及涪陵区在各领域统计的建设和成果数量。其中教育、医疗两项是浙江直接捐资、援助；养老、社区服务、健身和图书馆几项，是涪陵投入的对口支援资金。'
	],
	steps: [
		'截至2021年，浙江已累计向浙涪友谊学校捐资{friendshipSchoolAid}。报道称该校获省级以上荣誉{schoolHonors|noun}。两地学校还结成{schoolPairs|noun}帮扶对子。',
		'医疗卫生方面，浙江无偿援助资金{healthAid}。据涪陵区统计，当地建设乡镇卫生院等医疗卫生机构{healthInstitutions|noun}，培训医护人员{medicsTrained|noun}。',
		'养老方面，涪陵先后投入对口支援资金{nursingHomeFunds}，建设敬老院{nursingHomes|noun}，并完成区社会福利院改造一期工程、区残疾人康复托养中心等项目。',
		'社区服务中心获得的资金是图中最多的一项：涪陵投入对口支援资金{communityCentreFunds}，建设社区服务中心{communityCentres|noun}。',
		'健身场所和图书馆方面，涪陵投入对口支援资金{fitnessLibraryFunds}，建设健身场所设施{fitnessSites|noun}、图书馆{libraries|noun}。报道只给出了下限，因此图中资金条末端渐隐，表示实际金额更高。',
		'放在同一比例尺上，各领域资金从{fitnessLibraryFunds}到{communityCentreFunds}不等。报道没有说明每笔资金的具体去向，因此图中只将资金与数量并列，不计算每项的单位成本。'
	],
	chart: {
		title: '对口支援民生资金及相关数量',
		subtitle: '资金单位为万元；旁边一个标记代表一项',
		source: '资料来源：2021年整版报道（涪陵区公布的数据）；均为截至2021年的累计数。',
		notes: [
			'各领域资金条使用同一比例尺，为名义金额。深色方块代表建成的一处设施，灰色圆点代表一项荣誉、一对结对学校或一名受训医护人员。'
		],
		ariaFocus:
			'各民生领域对口支援资金条形图（教育、医疗为浙江捐资援助，其余为涪陵投入的对口支援资金），资金使用同一比例尺，旁边以标记表示各项数量。当前为',
		ariaAll:
			'各民生领域对口支援资金条形图（教育、医疗为浙江捐资援助，其余为涪陵投入的对口支援资金），资金使用同一比例尺，旁边以标记表示各项数量。',
		rows: {
			school: '教育',
			health: '医疗卫生',
			elderly: '养老',
			community: '社区服务',
			fitness: '健身与图书馆'
		},
		marks: {
			schoolHonors: '省级以上荣誉{schoolHonors|noun}',
			schoolPairs: '学校结对{schoolPairs|noun}',
			healthInstitutions: '医疗卫生机构{healthInstitutions|noun}',
			medicsTrained: '培训医护人员{medicsTrained|noun}',
			nursingHomes: '敬老院{nursingHomes|noun}',
			communityCentres: '社区服务中心{communityCentres|noun}',
			fitnessSites: '健身场所设施{fitnessSites|noun}',
			libraries: '图书馆{libraries|noun}'
		}
	}
};
