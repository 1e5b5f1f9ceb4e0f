import { describe, expect, it } from 'vitest';
import { FACTS } from './index';
import { CSV_COLUMNS, factRow, factsCsv, factsJson } from './export';
import { parseFacts } from './schema';

/** A strict RFC 4180 reader, enough to read our own output back. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

describe('factsCsv', () => {
	const csv = factsCsv(FACTS);

	it('starts with a UTF-8 byte-order mark so Excel reads Chinese', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	it('quotes every field and ends every line with CRLF', () => {
		const lines = csv.slice(1).split('\r\n');
		expect(lines.at(-1)).toBe('');
		for (const line of lines.slice(0, -1))
			expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
	});

	it('reads back to one row per figure with the data module values', () => {
		const [header = [], ...rows] = parseCsv(csv.slice(1));
		expect(header).toEqual([...CSV_COLUMNS]);
		expect(rows).toHaveLength(FACTS.length);
		const out1997 = rows.find((r) => r[0] === 'industrialOutput1997');
		expect(Object.fromEntries(header.map((h, i) => [h, out1997?.[i]]))).toMatchObject({
			value: '40.49',
			unit: '亿元',
			counts: '',
			value_yuan: '4049000000',
			year: '1997',
			floor: 'false',
			label_zh: '1997年规上工业产值',
			source_zh: '规上工业产值从1997年40.49亿元'
		});
	});

	it('survives quotes and commas inside fields', () => {
		const tricky = parseFacts([
			{
				id: 'tricky',
				section: 'money',
				value: 1,
				unit: 'count',
				noun: { en: 'things', zh: '个' },
				when: { kind: 'asOf', year: 2021 },
				floor: true,
				label: { en: 'A "quoted", comma label', zh: '“引号”，逗号' },
				source: '1个'
			}
		]);
		const row = parseCsv(factsCsv(tricky).slice(1))[1] ?? [];
		expect(row[CSV_COLUMNS.indexOf('label_en')]).toBe('A "quoted", comma label');
		expect(row[CSV_COLUMNS.indexOf('floor')]).toBe('true');
	});
});

describe('factRow', () => {
	it('converts 亿元 and 万元 to yuan, and leaves other units alone', () => {
		const byId = new Map(FACTS.map((f) => [f.id, factRow(f)]));
		expect(byId.get('industrialOutput2020')?.value_yuan).toBe(174_200_000_000);
		expect(byId.get('friendshipSchoolAid')?.value_yuan).toBe(12_650_000);
		expect(byId.get('healthAid')?.value_yuan).toBe(6_915_000);
		expect(byId.get('resettlementRoadsKm')?.value_yuan).toBeNull();
	});

	it('says what each count counts, so person-times are not read as people', () => {
		const byId = new Map(FACTS.map((f) => [f.id, factRow(f)]));
		expect(byId.get('secondedCadres')).toMatchObject({
			counts: 'secondments',
			counts_zh: '人次'
		});
		expect(byId.get('secondedCadres')?.label_en).toMatch(/person-times/);
		expect(byId.get('secondedCadres')?.label_zh).toMatch(/人次/);
		expect(byId.get('peopleTrained')).toMatchObject({ counts_zh: '人次' });
		expect(byId.get('peopleTrained')?.counts).toMatch(/person-times/);
		expect(byId.get('peopleTrained')?.label_en).toMatch(/person-times/);
		expect(byId.get('resettlementDocks')).toMatchObject({ counts: 'docks', counts_zh: '座' });
		expect(byId.get('industrialOutput1997')).toMatchObject({ counts: null, counts_zh: null });
		// Every count carries its noun into the download.
		for (const f of FACTS.filter((f) => f.unit === 'count')) {
			expect(byId.get(f.id)?.counts, f.id).toBeTruthy();
			expect(byId.get(f.id)?.counts_zh, f.id).toBeTruthy();
		}
	});

	it('gives cumulative totals their span and single years none', () => {
		const byId = new Map(FACTS.map((f) => [f.id, factRow(f)]));
		expect(byId.get('freeDonations')).toMatchObject({
			year: 2021,
			year_from: 1992,
			when: 'period'
		});
		expect(byId.get('gdp2020')).toMatchObject({ year: 2020, year_from: null, when: 'year' });
	});
});

describe('factsJson', () => {
	it('carries every figure and the reading notes', () => {
		const doc = factsJson(FACTS);
		expect(doc.facts.map((f) => f.id)).toEqual(FACTS.map((f) => f.id));
		expect(doc.notes.join(' ')).toMatch(/nominal/);
		expect(doc.source.reporters).toEqual(['赵童', '刘玉珮', '夏宇']);
	});
});
