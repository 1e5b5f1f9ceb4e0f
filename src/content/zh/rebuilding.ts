/** 移民安置区建设一节的中文稿。数字均为数据模块里的标记。 */
import type { RebuildingCopy } from '../rebuilding.types';

export const rebuilding: RebuildingCopy = {
	heading: '为搬迁移民重建了什么',
	steps: [
		'先说路。累计复建移民道路{resettlementRoadsKm}。据涪陵区介绍，截至2021年，移民乡镇已实现村村通公路。',
		'地面之下，还铺设了{sewerPipesKm}污水管网，与道路用同一把公里刻度。',
		'江边复建移民码头{resettlementDocks|noun}，每个方块代表一座码头。',
		'据涪陵区统计，复建饮水项目{drinkingWaterProjects|noun}。',
		'复建城镇污水和垃圾处理场{sewageGarbagePlants|noun}。',
		'数量最多的是配套设施：公共服务中心、客运站、农贸市场等，已投用{supportFacilities|noun}，一个方块代表一处。',
		'报道称，截至2021年，移民乡镇生活污水集中处理率达{sewageTreatmentRate}；已建成{industrialParks|noun}产业园，涉及竹笋、白茶、杨梅等特色产业。'
	],
	chart: {
		title: '涪陵移民安置区重建了什么',
		source: '资料来源：2021年整版报道（涪陵区公布的数据）；均为截至2021年的累计数。',
		notes: ['公里、个数和百分比各用各的刻度。'],
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
