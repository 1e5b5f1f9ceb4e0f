/**
 * Every figure the story may use, copied from the one source: the newspaper
 * page on 29 years of Zhejiang's paired assistance to Fuling (2021), text in
 * FACTS.md of the desk's shared folder. `source` is the page's own wording
 * (white space removed), kept so each number can be traced back.
 *
 * This file is raw input: it is validated by schema.ts when the data module
 * loads, so a typo here fails the build with the entry's id and field.
 */
import type { RawFact } from './schema';

const PAGE_YEAR = 2021;
const CUMULATIVE = { kind: 'period', from: 1992, to: PAGE_YEAR } as const;
const AS_OF_PAGE = { kind: 'asOf', year: PAGE_YEAR } as const;

export const RAW_FACTS = [
	// 1. Headline: the economy, 1997 -> 2020
	{
		id: 'industrialOutput1997',
		section: 'economy',
		value: 40.49,
		unit: '亿元',
		when: { kind: 'year', year: 1997 },
		floor: false,
		label: {
			en: 'Gross output of industrial firms above designated size, 1997',
			zh: '1997年规上工业产值'
		},
		source: '规上工业产值从1997年40.49亿元'
	},
	{
		id: 'industrialOutput2020',
		section: 'economy',
		value: 1742,
		unit: '亿元',
		when: { kind: 'year', year: 2020 },
		floor: false,
		label: {
			en: 'Gross output of industrial firms above designated size, 2020',
			zh: '2020年规上工业产值'
		},
		source: '增加至2020年1742亿元'
	},
	{
		id: 'gdp1997',
		section: 'economy',
		value: 51.2,
		unit: '亿元',
		when: { kind: 'year', year: 1997 },
		floor: false,
		label: { en: 'Fuling’s GDP, 1997', zh: '1997年涪陵地区生产总值' },
		source: '地区生产总值由1997年51.2亿元'
	},
	{
		id: 'gdp2020',
		section: 'economy',
		value: 1225,
		unit: '亿元',
		when: { kind: 'year', year: 2020 },
		floor: false,
		label: { en: 'Fuling’s GDP, 2020', zh: '2020年涪陵地区生产总值' },
		source: '增加到2020年1225亿元'
	},

	// 2. Resettlement infrastructure, cumulative as of the page
	{
		id: 'resettlementRoadsKm',
		section: 'rebuilding',
		value: 158,
		unit: 'km',
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Resettlement roads rebuilt', zh: '复建移民道路' },
		source: '累计复建移民道路158公里'
	},
	{
		id: 'resettlementDocks',
		section: 'rebuilding',
		value: 44,
		unit: 'count',
		noun: { en: 'docks', zh: '座' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Resettlement docks rebuilt', zh: '复建移民码头' },
		source: '移民码头44座'
	},
	{
		id: 'drinkingWaterProjects',
		section: 'rebuilding',
		value: 118,
		unit: 'count',
		noun: { en: 'projects', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Drinking-water projects', zh: '饮水项目' },
		source: '饮水项目118个'
	},
	{
		id: 'sewageGarbagePlants',
		section: 'rebuilding',
		value: 20,
		unit: 'count',
		noun: { en: 'plants', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Town sewage and garbage treatment plants', zh: '城镇污水和垃圾处理场' },
		source: '城镇污水和垃圾处理场20个'
	},
	{
		id: 'sewerPipesKm',
		section: 'rebuilding',
		value: 143,
		unit: 'km',
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Sewage pipe network', zh: '污水管网' },
		source: '污水管网143公里'
	},
	{
		id: 'supportFacilities',
		section: 'rebuilding',
		value: 553,
		unit: 'count',
		noun: { en: 'facilities', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: {
			en: 'Service centres, bus stations, markets and other facilities in use',
			zh: '投用公共服务中心、客运站、农贸市场等配套设施'
		},
		source: '投用公共服务中心、客运站、农贸市场等配套设施553个'
	},
	{
		id: 'industrialParks',
		section: 'rebuilding',
		value: 6,
		unit: 'count',
		noun: { en: 'parks', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Industrial parks built', zh: '建成产业园' },
		source: '已建成……等6个产业园'
	},
	{
		id: 'sewageTreatmentRate',
		section: 'rebuilding',
		value: 86,
		unit: '%',
		when: AS_OF_PAGE,
		floor: false,
		label: {
			en: 'Share of household sewage treated centrally in resettlement towns',
			zh: '移民乡镇生活污水集中处理率'
		},
		source: '生活污水集中处理率达86%'
	},
	{
		id: 'resettlementCommunityAid',
		section: 'rebuilding',
		value: 7534,
		unit: '万元',
		when: { kind: 'period', from: 2014, to: PAGE_YEAR },
		floor: false,
		label: {
			en: 'Zhejiang’s free aid put by Fuling into town resettlement communities and rural resettlement areas since 2014',
			zh: '2014年以来涪陵投入移民小区和农村移民安置区的浙江无偿援助资金'
		},
		source: '2014年以来,投入浙江无偿援助资金7534万元'
	},

	// Shuangxi community, the close-up
	{
		id: 'shuangxiResidents',
		section: 'shuangxi',
		value: 12000,
		unit: 'count',
		noun: { en: 'residents', zh: '名' },
		when: AS_OF_PAGE,
		floor: true,
		label: { en: 'Residents of Shuangxi community', zh: '双溪社区居民' },
		source: '双溪社区有居民1.2万余名'
	},
	{
		id: 'shuangxiMigrantShare',
		section: 'shuangxi',
		value: 30,
		unit: '%',
		when: AS_OF_PAGE,
		floor: true,
		label: { en: 'Share of Shuangxi residents who are resettled migrants', zh: '双溪社区移民占比' },
		source: '其中移民占三成以上'
	},

	// 3. Money and projects, cumulative over 29 years
	{
		id: 'freeDonations',
		section: 'money',
		value: 3.97,
		unit: '亿元',
		when: CUMULATIVE,
		floor: false,
		label: { en: 'Free donations from Zhejiang', zh: '浙江累计无偿捐赠资金' },
		source: '累计无偿捐赠资金3.97亿元'
	},
	{
		id: 'publicWelfareProjects',
		section: 'money',
		value: 993,
		unit: 'count',
		noun: { en: 'projects', zh: '个' },
		when: CUMULATIVE,
		floor: false,
		label: { en: 'Public-welfare projects carried out', zh: '实施公益项目' },
		source: '实施公益项目993个'
	},
	{
		id: 'tradeProjects',
		section: 'money',
		value: 107,
		unit: 'count',
		noun: { en: 'projects', zh: '个' },
		when: CUMULATIVE,
		floor: false,
		label: { en: 'Economic and trade cooperation projects', zh: '对口支援经贸合作项目' },
		source: '累计实施对口支援经贸合作项目107个'
	},
	{
		id: 'tradeFundsInPlace',
		section: 'money',
		value: 230.31,
		unit: '亿元',
		when: CUMULATIVE,
		floor: false,
		label: {
			en: 'Investment in place from trade cooperation projects',
			zh: '经贸合作项目到位资金'
		},
		source: '到位资金230.31亿元'
	},

	// Industry and firms
	{
		id: 'wahahaFactories',
		section: 'industry',
		value: 3,
		unit: 'count',
		noun: { en: 'factories', zh: '家' },
		when: { kind: 'year', year: 1994 },
		floor: false,
		label: {
			en: 'Struggling Fuling factories facing the flood taken over by Wahaha',
			zh: '娃哈哈兼并涪陵特困淹没企业'
		},
		source: '兼并涪陵3家特困淹没企业'
	},
	{
		id: 'wahahaMigrants',
		section: 'industry',
		value: 1200,
		unit: 'count',
		noun: { en: 'migrants', zh: '人' },
		when: { kind: 'year', year: 1994 },
		floor: true,
		label: { en: 'Migrants Wahaha took on as workers', zh: '娃哈哈包干安置移民' },
		source: '包干安置移民1200余人'
	},
	{
		id: 'zhejiangFirms',
		section: 'industry',
		value: 35,
		unit: 'count',
		noun: { en: 'firms', zh: '家' },
		// The page gives no start year for this total: as of 2021.
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Zhejiang firms paired with Fuling firms', zh: '与涪陵企业合作的浙江企业' },
		source: '累计促成35家浙江企业与42家涪陵企业合作'
	},
	{
		id: 'fulingFirms',
		section: 'industry',
		value: 42,
		unit: 'count',
		noun: { en: 'firms', zh: '家' },
		// The page gives no start year for this total: as of 2021.
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Fuling firms in those pairings', zh: '与浙江企业合作的涪陵企业' },
		source: '累计促成35家浙江企业与42家涪陵企业合作'
	},
	{
		id: 'expansionFirms',
		section: 'industry',
		value: 10,
		unit: 'count',
		noun: { en: 'firms', zh: '家' },
		// The page gives no start year for this total: as of 2021.
		when: AS_OF_PAGE,
		floor: true,
		label: {
			en: 'Zhejiang firms with new or expansion projects',
			zh: '新建扩能项目的浙江企业'
		},
		source: '累计有华峰、万凯等10余家浙企新建扩能项目'
	},
	{
		id: 'smartFactories',
		section: 'industry',
		value: 2,
		unit: 'count',
		noun: { en: 'factories', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Smart factories built', zh: '建成智能工厂' },
		source: '建成智能工厂2个'
	},
	{
		id: 'digitalWorkshops',
		section: 'industry',
		value: 5,
		unit: 'count',
		noun: { en: 'workshops', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Digital workshops built', zh: '建成数字化车间' },
		source: '数字化车间5个'
	},
	{
		id: 'top100Firms2021',
		section: 'industry',
		value: 6,
		unit: 'count',
		noun: { en: 'firms', zh: '家' },
		when: { kind: 'year', year: 2021 },
		floor: false,
		label: {
			en: 'Zhejiang firms on Chongqing’s 2021 lists of 100 key and 100 fast-growing industrial firms',
			zh: '上榜2021年度全市100户重点和100户成长型工业企业名单的浙企'
		},
		source: '6家浙企上榜2021年度全市100户重点工业企业和100户成长型工业企业名单'
	},
	{
		id: 'leadingIndustries',
		section: 'industry',
		value: 6,
		unit: 'count',
		noun: { en: 'industries', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Leading industries of Fuling', zh: '涪陵六大主导产业' },
		source: '以材料、清洁能源、消费品、装备制造、生物医药、电子信息等六大主导产业为支撑'
	},

	// 4. Livelihoods
	{
		id: 'friendshipSchoolAid',
		section: 'livelihoods',
		value: 1265,
		unit: '万元',
		when: AS_OF_PAGE,
		floor: false,
		label: {
			en: 'Zhejiang donations to the Zhejiang-Fuling Friendship School',
			zh: '浙江向浙涪友谊学校累计捐资'
		},
		source: '浙江已累计捐资1265万元'
	},
	{
		id: 'schoolHonors',
		section: 'livelihoods',
		value: 20,
		unit: 'count',
		noun: { en: 'honours', zh: '项' },
		when: AS_OF_PAGE,
		floor: false,
		label: {
			en: 'Provincial-level or higher honours won by the Friendship School',
			zh: '浙涪友谊学校获省级以上荣誉'
		},
		source: '荣获20项省级以上荣誉'
	},
	{
		id: 'schoolPairs',
		section: 'livelihoods',
		value: 13,
		unit: 'count',
		noun: { en: 'pairs', zh: '对' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'One-to-one school pairings', zh: '两地学校结对帮扶' },
		source: '两地学校已结成13对帮扶对子'
	},
	{
		id: 'healthAid',
		section: 'livelihoods',
		value: 691.5,
		unit: '万元',
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Free health funding from Zhejiang', zh: '浙江无偿援助医疗卫生资金' },
		source: '无偿援助涪陵医疗卫生资金691.5万元'
	},
	{
		id: 'healthInstitutions',
		section: 'livelihoods',
		value: 29,
		unit: 'count',
		noun: { en: 'institutions', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: {
			en: 'Township health centres and other medical institutions built',
			zh: '建设乡镇卫生院等医疗卫生机构'
		},
		source: '建设乡镇卫生院等医疗卫生机构29个'
	},
	{
		id: 'medicsTrained',
		section: 'livelihoods',
		value: 120,
		unit: 'count',
		noun: { en: 'medical staff', zh: '人' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Medical staff trained', zh: '培训医护人员' },
		source: '培训医护人员120人'
	},
	{
		id: 'nursingHomeFunds',
		section: 'livelihoods',
		value: 1365,
		unit: '万元',
		when: AS_OF_PAGE,
		floor: false,
		label: {
			en: 'Paired-assistance funds Fuling put into care homes and welfare projects',
			zh: '涪陵投入敬老院及社会福利项目的对口支援资金'
		},
		source: '先后投入对口支援资金1365万元'
	},
	{
		id: 'nursingHomes',
		section: 'livelihoods',
		value: 39,
		unit: 'count',
		noun: { en: 'nursing homes', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Nursing homes built', zh: '建设敬老院' },
		source: '建设敬老院39个'
	},
	{
		id: 'communityCentreFunds',
		section: 'livelihoods',
		value: 1692,
		unit: '万元',
		when: AS_OF_PAGE,
		floor: false,
		label: {
			en: 'Paired-assistance funds Fuling put into community centres',
			zh: '涪陵投入社区服务中心的对口支援资金'
		},
		source: '投入对口支援资金1692万元'
	},
	{
		id: 'communityCentres',
		section: 'livelihoods',
		value: 43,
		unit: 'count',
		noun: { en: 'centres', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Community service centres built', zh: '建设社区服务中心' },
		source: '建设社区服务中心43个'
	},
	{
		id: 'fitnessLibraryFunds',
		section: 'livelihoods',
		value: 150,
		unit: '万元',
		when: AS_OF_PAGE,
		floor: true,
		label: {
			en: 'Paired-assistance funds Fuling put into fitness sites and libraries',
			zh: '涪陵投入健身场所和图书馆的对口支援资金'
		},
		source: '投入对口支援资金150余万元'
	},
	{
		id: 'fitnessSites',
		section: 'livelihoods',
		value: 5,
		unit: 'count',
		noun: { en: 'sites', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Fitness sites and facilities built', zh: '建设健身场所设施' },
		source: '建设健身场所设施5个'
	},
	{
		id: 'libraries',
		section: 'livelihoods',
		value: 3,
		unit: 'count',
		noun: { en: 'libraries', zh: '个' },
		when: AS_OF_PAGE,
		floor: false,
		label: { en: 'Libraries built', zh: '建设图书馆' },
		source: '图书馆3个'
	},

	// 5. People and exchange: the visits over 29 years; secondments and training as of 2021
	{
		id: 'provincialLeaders',
		section: 'people',
		value: 20,
		unit: 'count',
		noun: { en: 'leaders', zh: '位' },
		when: CUMULATIVE,
		floor: true,
		label: { en: 'Zhejiang provincial leaders who visited', zh: '深入涪陵指导的浙江省级领导' },
		source: '20多位省级领导'
	},
	{
		id: 'provincialDeptLeaders',
		section: 'people',
		value: 80,
		unit: 'count',
		noun: { en: 'leaders', zh: '位' },
		when: CUMULATIVE,
		floor: true,
		label: { en: 'Provincial department leaders who visited', zh: '深入涪陵指导的省级部门领导' },
		source: '80多位省级部门领导'
	},
	{
		id: 'cityCountyLeaders',
		section: 'people',
		value: 40,
		unit: 'count',
		noun: { en: 'leaders', zh: '位' },
		when: CUMULATIVE,
		floor: true,
		label: { en: 'City, county and district leaders who visited', zh: '深入涪陵指导的市县区领导' },
		source: '40多位市县区领导'
	},
	{
		id: 'onSiteDonations',
		section: 'people',
		value: 2500,
		unit: '万元',
		when: CUMULATIVE,
		floor: true,
		label: { en: 'Donations handed over during those visits', zh: '现场捐赠资金' },
		source: '现场捐赠资金超过2500万元'
	},
	{
		id: 'fulingDelegations',
		section: 'people',
		value: 262,
		unit: 'count',
		noun: { en: 'delegations', zh: '批次' },
		when: CUMULATIVE,
		floor: false,
		label: { en: 'Fuling delegations to Zhejiang', zh: '涪陵出访浙江' },
		source: '涪陵先后出访浙江262批次2061人'
	},
	{
		id: 'fulingVisitors',
		section: 'people',
		value: 2061,
		unit: 'count',
		noun: { en: 'people', zh: '人' },
		when: CUMULATIVE,
		floor: false,
		label: { en: 'People in those delegations', zh: '出访浙江人员' },
		source: '涪陵先后出访浙江262批次2061人'
	},
	{
		id: 'secondedCadres',
		section: 'people',
		value: 533,
		unit: 'count',
		noun: { en: 'secondments', zh: '人次' },
		// The page gives no start year for this total: as of 2021.
		when: AS_OF_PAGE,
		floor: false,
		label: {
			en: 'Secondments of young Fuling officials to Zhejiang (person-times)',
			zh: '浙江接收涪陵优秀年轻干部挂职锻炼（人次）'
		},
		source: '累计接收优秀年轻干部挂职锻炼533人次'
	},
	{
		id: 'exchangeVisits',
		section: 'people',
		value: 3000,
		unit: 'count',
		noun: { en: 'visits', zh: '次' },
		// The page gives no start year for this total: as of 2021.
		when: AS_OF_PAGE,
		floor: true,
		label: {
			en: 'Exchange visits between the seconded officials’ home units and units where they served',
			zh: '挂职干部所在单位与挂职地区相关单位交流互访'
		},
		source: '交流互访3000余次'
	},
	{
		id: 'cooperationProjects',
		section: 'people',
		value: 60,
		unit: 'count',
		noun: { en: 'projects', zh: '个' },
		// The page gives no start year for this total: as of 2021.
		when: AS_OF_PAGE,
		floor: false,
		label: {
			en: 'Projects brought in through secondments (the scan breaks off after the number; it may be a floor)',
			zh: '挂职协调引进合作项目（扫描件在数字后中断，可能是下限）'
		},
		source: '协调引进富硒米、杨梅栽培及加工等合作项目60'
	},
	{
		id: 'peopleTrained',
		section: 'people',
		value: 2000,
		unit: 'count',
		noun: { en: 'person-times of training', zh: '人次' },
		// The page gives no start year for this total: as of 2021.
		when: AS_OF_PAGE,
		floor: true,
		label: {
			en: 'Training places filled by officials, doctors, teachers and migrants (person-times)',
			zh: '培训库区干部、医生、教师、移民（人次）'
		},
		source: '累计培训库区干部、医生、教师、移民共2000余人次'
	},
	{
		id: 'cadresStudied2020',
		section: 'people',
		value: 237,
		unit: 'count',
		noun: { en: 'officials', zh: '名' },
		when: { kind: 'period', from: 2020, to: PAGE_YEAR },
		floor: false,
		label: {
			en: 'Officials sent to study in Zhejiang since 2020',
			zh: '2020年以来赴浙学习干部人才'
		},
		source: '累计组织237名干部人才赴浙学习'
	},
	{
		id: 'plannedTrainees',
		section: 'people',
		value: 100,
		unit: 'count',
		noun: { en: 'places', zh: '人' },
		when: AS_OF_PAGE,
		floor: false,
		label: {
			en: 'Places in two upcoming training classes in Zhejiang',
			zh: '即将在浙江开设的两期培训班'
		},
		source: '2期共100人'
	}
] as const satisfies readonly RawFact[];
