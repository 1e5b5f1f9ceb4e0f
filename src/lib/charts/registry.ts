/**
 * Every chart the story can draw, by id, with its component: the one list
 * the story page, the embeds and the slides render from. Adding a chart
 * means writing its folder (spec.ts, index.ts, the component) and one line
 * here; the compiler then asks for its id in ids.ts and its copy.
 */
import type { AnyChart } from './spec';
import type { ChartId } from './ids';
import { where } from './where';
import { economy } from './economy';
import { rebuilding } from './rebuilding';
import { money } from './money';
import { industryFirms } from './industry-firms';
import { industryPanel } from './industry-panel';
import { livelihoods } from './livelihoods';
import { shuangxiWaffle } from './shuangxi-waffle';
import { shuangxiChange } from './shuangxi-change';
import { people } from './people';
import { timeline } from './timeline';
import { knownYears } from './known-years';

export { CHART_IDS, isChartId, type ChartId } from './ids';

export const CHARTS: Record<ChartId, AnyChart> = {
	where: where,
	economy: economy,
	rebuilding: rebuilding,
	money: money,
	'industry-firms': industryFirms,
	'industry-panel': industryPanel,
	livelihoods: livelihoods,
	'shuangxi-waffle': shuangxiWaffle,
	'shuangxi-change': shuangxiChange,
	people: people,
	timeline: timeline,
	'known-years': knownYears
};
