/** Speaker notes for the presentation: what to say over each chart, one entry per step. */
import type { SpeakerNotes } from '$content/shared.types';

export const speaker: SpeakerNotes = {
	where: [
		'沿长江自西向东指：重庆、涪陵、三峡大坝，再到入海口和海边的杭州；青绿色弧线就是1992年的结对。再看两个方块：1997年{industrialOutput1997}，2020年{industrialOutput2020}，按面积是{outputMultiple}倍。这是示意图，不是地图；报道没有给出移民人数和淹没面积。'
	],
	economy: [
		'指向这根孤零零的柱子：1997年的{industrialOutput1997}，纵轴就是起点的刻度。讲清口径：这是规上工业产值，不是收入，也不是地区生产总值。',
		'先别报数字，指着被截断的柱子停一停：按1997年的刻度，2020年的柱子根本放不进画面。',
		'刻度切换时，看1997年的柱子缩成细线，再报新的数字：{industrialOutput2020}。只有两个年份，中间各年不作描述。',
		'指着{outputBlocks}个方块：每块等于1997年的产值，2020年约为其{outputMultiple}倍，按当年价格计算。随即提醒：物价和全国经济也在增长，这不能说明帮扶带来了多少。',
		'指向地区生产总值：1997年{gdp1997}，高于产值；2020年{gdp2020}，低于产值。两者口径不同，不能算占比。接下来讲重建。'
	],
	rebuilding: [
		'所有行一开始就以浅色画出。指向亮起的两根条形：移民道路{resettlementRoadsKm}、污水管网{sewerPipesKm}，都是截至2021年的累计数，同一把公里刻度，长短可以直接比。',
		'从长度换成个数：移民码头{resettlementDocks|noun}、饮水项目{drinkingWaterProjects|noun}、污水和垃圾处理场{sewageGarbagePlants|noun}，一个方块一处。方块和公里是两套刻度；报道没有给出处理能力或受益人数。',
		'看最大的一片方块亮起：已投用配套设施{supportFacilities|noun}，从服务中心到农贸市场都算在内。种类差别很大，只能当个数看，不代表规模。',
		'最后两项，各用各的刻度：产业园{industrialParks|noun}，生活污水集中处理率{sewageTreatmentRate}。接下来讲钱。'
	],
	money: [
		'指向捐赠资金的柱子和纵轴：{partnershipYears}年累计无偿捐赠{freeDonations}，不用偿还。记住这把刻度，马上要换。',
		'到位资金的柱子升起时，留意纵轴在变：{tradeProjects|noun}项目到位{tradeFundsInPlace}。捐赠资金没有变少，变的是刻度。',
		'柱子换成方块：一块等于全部捐赠资金，到位资金合{investmentToDonations}块。这只是比较两笔金额，不说明各自的成效，也不说明投资来自哪里。',
		'柱子换成方块，一个方块一个项目：公益项目{publicWelfareProjects|noun}，经贸合作项目{tradeProjects|noun}。项目个数不代表金额大小。',
		'读柱子下方的说明：一笔是赠予，一笔是通常期待回报的商业投资。报道没有说明其中多少来自浙江企业。下面讲企业。'
	],
	'industry-firms': [
		'一个圆点一家企业：左边浙江{zhejiangFirms|noun}，右边涪陵{fulingFirms|noun}。报道只给了两个总数，哪家与哪家合作并不清楚，不要把圆点配对来读。'
	],
	'industry-panel': [
		'从最上面的娃哈哈讲起：据报道，它1994年率先进入库区；再讲{leadingIndustries|hanzi}大主导产业。报道只点名了部分企业，说它们助力产业发展，是报道自己的说法。'
	],
	livelihoods: [
		'指向教育这一行：浙江捐资{friendshipSchoolAid}；圆点是省级以上荣誉{schoolHonors|noun}和学校结对{schoolPairs|noun}。圆点是个数，不是金额。',
		'医疗卫生：浙江援助{healthAid}。方块是建成的医疗卫生机构{healthInstitutions|noun}，圆点是培训医护人员{medicsTrained|noun}；报道没有把这笔钱与两项数量对应起来。',
		'从这一行起资金来源变了：{nursingHomeFunds}是涪陵投入的对口支援资金，不是浙江直接捐赠，用于敬老院{nursingHomes|noun}等项目。不要按敬老院平均。',
		'指向最长的资金条：涪陵投入对口支援资金{communityCentreFunds}，建设社区服务中心{communityCentres|noun}。各资金条同一比例尺，长短可以直接比。',
		'指着资金条渐隐的末端：{fitnessLibraryFunds}是下限，实际更多。这笔钱用于健身场所设施{fitnessSites|noun}和图书馆{libraries|noun}。',
		'各行恢复原样：资金条之间可以比，但不要拿资金和数量去比，报道没有说明每笔钱怎么花。接下来走近一个社区。'
	],
	'shuangxi-waffle': [
		'双溪社区有居民{shuangxiResidents|noun}，一个方格代表百分之一；着色的是移民，占{shuangxiMigrantShare}。两个数字都是下限，部分灰色方格也可能是移民。'
	],
	'shuangxi-change': [
		'从整治前读到整治后：2018年初动工，2019年2月完工，均依据报道。报道没有给出双溪本身的投入；2014年以来的{resettlementCommunityAid}用于“两项工程”，并非只给双溪。'
	],
	people: [
		'先看浙江来涪的领导，一点一人；原文是“多位”的数字是下限，圆点只画出所述数字，并非总数。涪陵一侧按人次计，同一人可能重复计入。'
	],
	timeline: [
		'这张图是全篇的时间框架。指着条带中间的阴影：1997年到2014年，报道没有标明年份的事件，这段时间不作推断。青绿色的点是浙江方面的举措，其余是涪陵自己的事。最后落在2021年：结对满{partnershipYears}年。'
	],
	'known-years': [
		'最后停在这张图上：1997年到2020年每年一格，只有头尾两格有数。报道没有逐年数据，两点之间画不出连线，也说不清增长发生在哪些年份。'
	]
};
