/**
 * Every chart in the story, by id. The id is the chart's folder under
 * src/lib/charts, its `data-chart` value and its embed slug, so one name
 * follows a chart everywhere. Kept free of imports so copy types, tests and
 * build scripts can read it without loading any chart.
 */
export const CHART_IDS = [
	'where',
	'economy',
	'rebuilding',
	'money',
	'industry-firms',
	'industry-panel',
	'livelihoods',
	'shuangxi-waffle',
	'shuangxi-change',
	'people',
	'timeline',
	'known-years'
] as const;

export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
	return (CHART_IDS as readonly string[]).includes(value);
}
