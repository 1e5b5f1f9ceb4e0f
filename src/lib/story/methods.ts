/**
 * The rows of the methods table: every figure in the data module, grouped in
 * story order, each with its value as the reader saw it and its year span.
 */
import { FACTS, type Fact } from '$lib/data';
import type { Section } from '$lib/data/schema';
import type { Lang } from '$lib/i18n';
import { formatFact, moneyParts } from '$lib/format/number';
import type { MethodsCopy } from '$content/types';

/** The order chapters appear in the story. */
export const SECTION_ORDER: readonly Section[] = [
	'economy',
	'rebuilding',
	'money',
	'industry',
	'livelihoods',
	'shuangxi',
	'people'
];

export interface MethodsRow {
	id: string;
	label: string;
	/** As formatted in the story. */
	value: string;
	/** The page's own amount when the edition converts it (English money: "40.49亿元"). */
	original: string | null;
	when: string;
	floor: boolean;
	source: string;
}

export function whenText(f: Fact, templates: MethodsCopy['when']): string {
	const w = f.when;
	if (w.kind === 'period') {
		return templates.period.replace('{from}', String(w.from)).replace('{to}', String(w.to));
	}
	return templates[w.kind].replace('{year}', String(w.year));
}

export function methodsRow(f: Fact, lang: Lang, templates: MethodsCopy['when']): MethodsRow {
	const money = f.unit === '亿元' || f.unit === '万元';
	const page = money ? moneyParts(f.value, f.unit as '亿元' | '万元', 'zh') : null;
	return {
		id: f.id,
		label: f.label[lang],
		value: formatFact(f, lang, { noun: true }),
		original: lang === 'en' && page ? `${page.num}${f.floor ? '余' : ''}${page.unit}` : null,
		when: whenText(f, templates),
		floor: f.floor,
		source: f.source
	};
}

/** Every figure, grouped by section in story order; no figure left out. */
export function methodsGroups(
	lang: Lang,
	templates: MethodsCopy['when']
): { section: Section; rows: MethodsRow[] }[] {
	return SECTION_ORDER.map((section) => ({
		section,
		rows: FACTS.filter((f) => f.section === section).map((f) => methodsRow(f, lang, templates))
	}));
}
