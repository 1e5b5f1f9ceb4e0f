import { describe, expect, it } from 'vitest';
import { copyFor } from '$content/index';
import { fact } from '$lib/data';
import { CHART_IDS, SPECS } from '$lib/charts/specs';
import { methodsRow } from './methods';
import { chartDataTable } from './data-table';

describe('chartDataTable', () => {
	it('gives every chart that encodes figures one row per figure, in the spec’s order', () => {
		for (const lang of ['en', 'zh'] as const) {
			const copy = copyFor(lang);
			for (const id of CHART_IDS) {
				const facts = [...new Set(SPECS[id].facts)];
				const table = chartDataTable(id, copy);
				if (facts.length === 0) {
					expect(table, id).toBeNull();
					continue;
				}
				expect(
					table?.rows.map((r) => r.id),
					`${lang} ${id}`
				).toEqual(facts);
			}
		}
	});

	it('leaves out the chart whose figures are in its words', () => {
		expect(chartDataTable('shuangxi-change', copyFor('en'))).toBeNull();
		expect(chartDataTable('shuangxi-change', copyFor('zh'))).toBeNull();
	});

	it('writes each figure as the methods table does, with its column heads', () => {
		const en = copyFor('en');
		const table = chartDataTable('economy', en)!;
		expect(table.columns).toEqual(en.methods.columns);
		expect(table.rows[0]).toEqual(methodsRow(fact(SPECS.economy.facts[0]!), 'en', en.methods.when));
		const row = table.rows.find((r) => r.id === 'industrialOutput1997')!;
		expect(row.value).toBe('4.05 billion yuan');
		expect(row.original).toBe('40.49亿元');
		expect(row.when).toBe('1997');
		const zh = chartDataTable('economy', copyFor('zh'))!;
		expect(zh.rows.find((r) => r.id === 'industrialOutput1997')?.when).toBe('1997年');
	});

	it('names the chart’s title in the caption, in each edition', () => {
		for (const lang of ['en', 'zh'] as const) {
			const copy = copyFor(lang);
			const { title } = SPECS.money.copy(copy) as { title: string };
			const caption = chartDataTable('money', copy)!.caption;
			expect(caption).toContain(title);
			expect(caption).not.toContain('{title}');
		}
	});
});
