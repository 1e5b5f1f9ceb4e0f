/**
 * The words on and about the livelihoods chart, built from the one formatter
 * so every number a reader sees comes from the data module.
 */
import { punctuation } from '$lib/format/punctuation';
import type { Lang } from '$lib/i18n';
import type { LivelihoodsCopy } from '$content/livelihoods.types';
import { fact } from '$lib/data';
import { formatFact, moneyParts } from '$lib/format/number';
import { plainCopy } from '$lib/format/copy';
import { ROWS, type MoneyId } from './state';
import type { LivelihoodsState } from './state';

export interface MoneyLabel {
	/** The number with any floor words: "12.65", "more than 1.5", "150余万元". */
	head: string;
	/** The unit, set apart so a narrow column breaks the line before it; empty in Chinese. */
	unit: string;
}

/** A money figure as its bar's label. English splits before the unit; Chinese stays whole. */
export function moneyLabel(id: MoneyId, lang: Lang): MoneyLabel {
	const f = fact(id);
	const full = formatFact(f, lang);
	if (lang === 'zh') return { head: full, unit: '' };
	const { unit } = moneyParts(f.value, '万元', lang);
	return full.endsWith(` ${unit}`)
		? { head: full.slice(0, -unit.length - 1), unit }
		: { head: full, unit: '' };
}

/** A tick on the shared money scale: the number, and the unit on the last one. */
export function tickLabel(value: number, lang: Lang, withUnit: boolean): string {
	const p = moneyParts(value, '万元', lang);
	if (!withUnit) return p.num;
	return lang === 'zh' ? `${p.num}${p.unit}` : `${p.num} ${p.unit}`;
}

type ChartCopy = LivelihoodsCopy['chart'];

/** One row in words: "Schools: 12.65 million yuan; 20 honours won; 13 school pairings." */
export function describeRow(row: (typeof ROWS)[number], copy: ChartCopy, lang: Lang): string {
	const { colon, semi, stop } = punctuation(lang);
	const parts = [
		formatFact(fact(row.money), lang),
		...row.counts.map((c) => plainCopy(copy.marks[c.id], lang))
	];
	return `${copy.rows[row.id]}${colon}${parts.join(semi)}${stop}`;
}

/** The chart's aria-label for a state: the lead, then the rows in focus. */
export function describe(state: LivelihoodsState, copy: ChartCopy, lang: Lang): string {
	const rows = ROWS.filter((r) => state.focus.includes(r.id)).map((r) =>
		describeRow(r, copy, lang)
	);
	const lead = state.summary ? copy.ariaAll : copy.ariaFocus;
	return [lead, ...rows].join(punctuation(lang).space);
}
