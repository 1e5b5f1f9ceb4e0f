/**
 * What the typographic panel shows besides names: the four counts of what
 * Zhejiang firms built or achieved in Fuling, in reading order, and how each
 * is printed (a floor keeps its "+" / 余).
 */
import type { Lang } from '$lib/i18n';
import { fact } from '$lib/data';
import { formatFact } from '$lib/format/number';

export const STAT_IDS = [
	'expansionFirms',
	'smartFactories',
	'digitalWorkshops',
	'top100Firms2021'
] as const;
export type StatId = (typeof STAT_IDS)[number];

/** The big number of a stat: "10+" / "10余家", "2" / "2个". */
export function statFigure(id: StatId, lang: Lang): string {
	return formatFact(fact(id), lang, { noun: lang === 'zh', floorStyle: 'plus' });
}

/**
 * Sizes the panel's frame. ChartFrame holds its drawing area to an aspect
 * ratio; a box with an aspect ratio still grows to fit in-flow content, so a
 * very wide ratio lets the text set the height (see the report to the lead:
 * an optional `aspect` would say this plainly).
 */
export const TEXT_FRAME_ASPECT = 1000;
