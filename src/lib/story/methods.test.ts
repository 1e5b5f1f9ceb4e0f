import { describe, expect, it } from 'vitest';
import { FACTS, fact } from '$lib/data';
import { SECTIONS } from '$lib/data/schema';
import { methodsGroups, methodsRow, SECTION_ORDER, whenText } from './methods';

const WHEN = { year: '{year}', period: '{from}–{to}', asOf: 'by {year}' };

describe('methodsGroups', () => {
	it('lists every figure exactly once, in every section', () => {
		for (const lang of ['en', 'zh'] as const) {
			const ids = methodsGroups(lang, WHEN).flatMap((g) => g.rows.map((r) => r.id));
			expect(ids.toSorted()).toEqual(FACTS.map((f) => f.id).toSorted());
		}
		expect([...SECTION_ORDER].toSorted()).toEqual([...SECTIONS].toSorted());
	});
});

describe('methodsRow', () => {
	it('shows English money converted, with the page’s own amount beside it', () => {
		const row = methodsRow(fact('industrialOutput1997'), 'en', WHEN);
		expect(row.value).toBe('4.05 billion yuan');
		expect(row.original).toBe('40.49亿元');
		expect(methodsRow(fact('fitnessLibraryFunds'), 'en', WHEN).original).toBe('150余万元');
	});

	it('keeps the page’s units in Chinese and needs no second amount', () => {
		const row = methodsRow(fact('industrialOutput1997'), 'zh', WHEN);
		expect(row.value).toBe('40.49亿元');
		expect(row.original).toBeNull();
	});

	it('keeps floors as floors', () => {
		expect(methodsRow(fact('shuangxiResidents'), 'zh', WHEN).value).toBe('1.2万余名');
		expect(methodsRow(fact('shuangxiResidents'), 'en', WHEN).floor).toBe(true);
	});
});

describe('whenText', () => {
	it('fills the template for each kind of date', () => {
		expect(whenText(fact('gdp1997'), WHEN)).toBe('1997');
		expect(whenText(fact('freeDonations'), WHEN)).toBe('1992–2021');
	});
});
