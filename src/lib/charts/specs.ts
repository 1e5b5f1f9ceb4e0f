/**
 * Every chart's spec, without components: what node code (unit tests,
 * Playwright specs, build checks) reads to walk the charts and their steps.
 * registry.ts adds the components for the pages.
 */
import type { AnySpec } from './spec';
import type { ChartId } from './ids';
import { whereSpec } from './where/spec';
import { economySpec } from './economy/spec';
import { rebuildingSpec } from './rebuilding/spec';
import { moneySpec } from './money/spec';
import { industryFirmsSpec } from './industry-firms/spec';
import { industryPanelSpec } from './industry-panel/spec';
import { livelihoodsSpec } from './livelihoods/spec';
import { shuangxiWaffleSpec } from './shuangxi-waffle/spec';
import { shuangxiChangeSpec } from './shuangxi-change/spec';
import { peopleSpec } from './people/spec';
import { timelineSpec } from './timeline/spec';
import { knownYearsSpec } from './known-years/spec';

export { CHART_IDS, isChartId, type ChartId } from './ids';

export const SPECS: Record<ChartId, AnySpec> = {
	where: whereSpec,
	economy: economySpec,
	rebuilding: rebuildingSpec,
	money: moneySpec,
	'industry-firms': industryFirmsSpec,
	'industry-panel': industryPanelSpec,
	livelihoods: livelihoodsSpec,
	'shuangxi-waffle': shuangxiWaffleSpec,
	'shuangxi-change': shuangxiChangeSpec,
	people: peopleSpec,
	timeline: timelineSpec,
	'known-years': knownYearsSpec
};
