/** 移民安置区建设一节的中文稿。数字均为数据模块里的标记。 */
import type { RebuildingCopy } from '../rebuilding.types';

export const rebuilding: RebuildingCopy = {
	heading: '为搬迁移民重建了什么',
	steps: [
		'先看管网：地上的移民道路、地下的污水管网，用同一把公里刻度。据涪陵区介绍，截至2021年，移民乡镇已实现村村通公路。',
		'再看逐个统计的工程：沿江城镇的移民码头、饮水项目，以及城镇污水和垃圾处理场。报道给的是个数，没有处理能力或受益人数。',
		'数量最多的是已投用的配套设施，从公共服务中心、客运站到农贸市场。种类差别很大，只能当个数看，不代表规模。',
		'最后是产业园，涉及竹笋、白茶、杨梅等特色产业；以及截至2021年移民乡镇生活污水的集中处理率。'
	],
	chart: {
		title: '涪陵移民安置区的各类工程',
		subtitle: '截至2021年的累计数；公里、个数、百分比刻度各异',
		source: '资料来源：2021年整版报道（涪陵区公布的数据）；均为截至2021年的累计数。',
		notes: [],
		ariaLead: '涪陵移民安置区基础设施图。',
		groups: {
			resettlementRoadsKm: '移民道路',
			sewerPipesKm: '污水管网',
			resettlementDocks: '移民码头',
			drinkingWaterProjects: '饮水项目',
			sewageGarbagePlants: '污水和垃圾处理场',
			supportFacilities: '配套设施',
			industrialParks: '产业园',
			sewageTreatmentRate: '生活污水集中处理率'
		},
		kmScale: '公里',
		rateScale: '100%',
		unitKey: '一个方块代表一座码头、一个项目、一座处理场、一处设施或一个产业园。'
	}
};
