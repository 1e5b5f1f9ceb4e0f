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
