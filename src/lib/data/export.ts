/**
 * The downloadable data: every figure as CSV and JSON, generated from the
 * data module at build time (src/routes/data/), never written by hand.
 */
import type { Fact } from './schema';

const YI = 1e8;
const WAN = 1e4;

/** One row of the download: flat, one figure per row. */
export interface FactRow {
	id: string;
	section: string;
	value: number;
	/** The page's unit: 亿元, 万元, km, % or count. */
	unit: string;
	/**
	 * For counts: what one unit of the count is, in English ("docks", "secondments",
	 * "person-times of training"), so 533 secondments are not read as 533 people.
	 */
	counts: string | null;
	/** The same in Chinese, as the page counts it (座, 人次); null for money, km and %. */
	counts_zh: string | null;
	/** For money: the same amount in yuan (nominal), so nobody has to convert 亿 or 万. */
	value_yuan: number | null;
	/** The year the figure is for, or the last year of the span it covers. */
	year: number;
	/** First year of a cumulative total; null for single-year and as-of figures. */
	year_from: number | null;
	/** year | period (a total over year_from..year) | asOf (cumulative to year, start not stated). */
	when: 'year' | 'period' | 'asOf';
	/** The page says "more than" (余/多/超过): the true figure is at least this. */
	floor: boolean;
	label_en: string;
	label_zh: string;
	/** The page's own wording (white space removed; … marks words left out). */
	source_zh: string;
}

export function factRow(f: Fact): FactRow {
	const perUnit = f.unit === '亿元' ? YI : f.unit === '万元' ? WAN : null;
	return {
		id: f.id,
		section: f.section,
		value: f.value,
		unit: f.unit,
		counts: f.noun?.en ?? null,
		counts_zh: f.noun?.zh ?? null,
		// Rounded: 40.49 * 1e8 is 4049000000.0000005 in floating point.
		value_yuan: perUnit === null ? null : Math.round(f.value * perUnit),
		year: f.when.kind === 'period' ? f.when.to : f.when.year,
		year_from: f.when.kind === 'period' ? f.when.from : null,
		when: f.when.kind,
		floor: f.floor,
		label_en: f.label.en,
		label_zh: f.label.zh,
		source_zh: f.source
	};
}

export const CSV_COLUMNS: readonly (keyof FactRow)[] = [
	'id',
	'section',
	'value',
	'unit',
	'counts',
	'counts_zh',
	'value_yuan',
	'year',
	'year_from',
	'when',
	'floor',
	'label_en',
	'label_zh',
	'source_zh'
];

/** RFC 4180 field: always quoted, inner quotes doubled. */
function csvField(v: string | number | boolean | null): string {
	const s = v === null ? '' : String(v);
	return `"${s.replaceAll('"', '""')}"`;
}

/**
 * CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark
 * (without it Excel guesses the legacy code page), every field quoted, CRLF.
 */
export function factsCsv(facts: readonly Fact[]): string {
	const lines = [CSV_COLUMNS.map(csvField).join(',')];
	for (const f of facts) {
		const row = factRow(f);
		lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
	}
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export interface FactsDocument {
	title: string;
	source: { title: string; reporters: string[]; year: number; note: string };
	notes: string[];
	facts: FactRow[];
}

/** The JSON download: the rows plus what a reader needs to use them right. */
export function factsJson(facts: readonly Fact[]): FactsDocument {
	return {
		title: 'Zhejiang’s paired assistance to Fuling, 1992–2021: the figures',
		source: {
			title: '心系库区 倾情帮扶',
			reporters: ['赵童', '刘玉珮', '夏宇'],
			year: 2021,
			note: 'A full newspaper page marking 29 years of the partnership; the figures are the district’s official account.'
		},
		notes: [
			'Money is nominal yuan, not adjusted for inflation. 1 亿 = 100,000,000; 1 万 = 10,000.',
			'Gross industrial output (规上工业产值) counts the full value of goods made by firms above a size threshold; GDP counts value added. Output is not a share of GDP and not income.',
			'floor = true: the page says “more than” (余/多/超过); the true figure is higher.',
			'counts / counts_zh: what a count counts. Person-times (人次) count each secondment or training place, so one person can be counted more than once: they are not numbers of people.',
			'Only 1997 and 2020 are known for the economic series; nothing in between.'
		],
		facts: facts.map(factRow)
	};
}
