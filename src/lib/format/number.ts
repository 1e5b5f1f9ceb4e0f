/**
 * The one formatter for every number a reader sees, per language.
 * English converts 亿/万 to billions/millions of yuan; Chinese keeps the
 * page's own units (亿元, 万元) and writes large counts in 万.
 */
import { format } from 'd3-format';
import type { Lang } from '$lib/i18n';
import type { Fact, Unit } from '$lib/data';
import { DERIVED, type DerivedId, type DerivedKind } from '$lib/data/derive';

const YI = 1e8;
const WAN = 1e4;

/** Up to two decimals, trailing zeros dropped: 4.049 -> "4.05", 174.2 -> "174.2". */
const twoDecimals = format(',.2~f');
/** Chinese news style keeps four-digit numbers unbroken: 2061, not 2,061. */
const zhPlain = format('.2~f');
const grouped = format(',');

export type MoneyUnit = Extract<Unit, '亿元' | '万元'>;

export interface Parts {
	/** The number as printed, with any floor marker that belongs to it. */
	num: string;
	/** The unit word(s) that follow it; may be empty. */
	unit: string;
}

/** A money amount split into number and unit, for labels set on two lines. */
export function moneyParts(value: number, unit: MoneyUnit, lang: Lang): Parts {
	if (lang === 'zh') return { num: zhPlain(value), unit };
	const yuan = value * (unit === '亿元' ? YI : WAN);
	return yuan >= 1e9
		? { num: twoDecimals(yuan / 1e9), unit: 'billion yuan' }
		: { num: twoDecimals(yuan / 1e6), unit: 'million yuan' };
}

/** A plain count: 12,000 in English; 1.2万 from ten thousand up in Chinese. */
export function formatCount(value: number, lang: Lang): string {
	if (lang === 'en') return grouped(value);
	return value >= WAN ? `${zhPlain(value / WAN)}万` : zhPlain(value);
}

export interface FactFormatOptions {
	/** Add the counted noun ("44 docks", "44座"). Money, km and % always carry their unit. */
	noun?: boolean;
	/**
	 * Spell a whole count from one to nine as a word. 'en': "six" in English prose
	 * (news style), Chinese unchanged ("6"); 'zh': the Chinese numeral ("六") for fixed
	 * expressions such as 六大主导产业, English as 'en'. Larger counts stay digits.
	 */
	spell?: 'en' | 'zh';
	/** 'words' -> "more than 1,200"; 'plus' -> "1,200+" (tight labels). Chinese always uses 余. */
	floorStyle?: 'words' | 'plus';
}

/** A figure as it appears in running text or a label. */
export function formatFact(f: Fact, lang: Lang, opts: FactFormatOptions = {}): string {
	const { noun = false, floorStyle = 'words', spell } = opts;
	const nounText = noun && f.noun ? f.noun[lang] : '';
	if (lang === 'zh') return formatZh(f, nounText, spell === 'zh');

	let body: string;
	switch (f.unit) {
		case '亿元':
		case '万元': {
			const p = moneyParts(f.value, f.unit, 'en');
			body = `${p.num} ${p.unit}`;
			break;
		}
		case 'km':
			body = `${grouped(f.value)} km`;
			break;
		case '%':
			body = `${grouped(f.value)}%`;
			break;
		case 'count':
			body = spell ? spellCount(f.value, 'en') : grouped(f.value);
			break;
	}
	if (f.floor && floorStyle === 'plus') {
		// "1,200+ migrants": the plus sits on the number, before the noun.
		return nounText ? `${body}+ ${nounText}` : `${body}+`;
	}
	const withNoun = nounText ? `${body} ${nounText}` : body;
	return f.floor ? `more than ${withNoun}` : withNoun;
}

/** One to nine as English words; index = the count. */
const EN_WORDS: readonly string[] = [
	'',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine'
];
/** One to nine as Chinese numerals, for fixed expressions (六大主导产业). */
const ZH_NUMERALS: readonly string[] = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A count from one to nine spelled out, or the digits when it is larger or not whole. */
export function spellCount(value: number, lang: Lang): string {
	const words = lang === 'en' ? EN_WORDS : ZH_NUMERALS;
	return (Number.isInteger(value) && words[value]) || formatCount(value, lang);
}

function formatZh(f: Fact, nounText: string, spell: boolean): string {
	const floor = f.floor ? '余' : '';
	switch (f.unit) {
		case '亿元':
			return `${zhPlain(f.value)}${floor}亿元`;
		case '万元':
			return `${zhPlain(f.value)}${floor}万元`;
		case 'km':
			return `${zhPlain(f.value)}${floor}公里`;
		case '%':
			// 余 does not attach to a percentage; Chinese says 以上 ("or more").
			return f.floor ? `${zhPlain(f.value)}%以上` : `${zhPlain(f.value)}%`;
		case 'count': {
			const num = spell ? spellCount(f.value, 'zh') : formatCount(f.value, 'zh');
			return `${num}${floor}${nounText}`;
		}
	}
}

const percentOneDecimal = format('.1f');

/** A derived value by kind: multiples whole from 10 up, rates to one decimal. */
export function formatDerivedValue(value: number, kind: DerivedKind, lang: Lang): string {
	switch (kind) {
		case 'multiple':
			return value >= 10 ? grouped(Math.round(value)) : format('.1~f')(value);
		case 'percent':
			return `${percentOneDecimal(value * 100)}%`;
		case 'years':
			return lang === 'en' ? grouped(value) : zhPlain(value);
	}
}

export function formatDerived(id: DerivedId, lang: Lang): string {
	const d = DERIVED[id];
	return formatDerivedValue(d.value, d.kind, lang);
}

/** Axis ticks for money in 亿元: billions of yuan in English, 亿元 in Chinese. */
export function moneyTick(valueYi: number, lang: Lang): string {
	return lang === 'zh' ? zhPlain(valueYi) : twoDecimals(valueYi / 10);
}
