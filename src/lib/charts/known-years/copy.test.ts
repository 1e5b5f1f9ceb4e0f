import { describe, expect, it } from 'vitest';
import { copyFor } from '$content/index';
import { plainCopy } from '$lib/format/copy';
import { knownYearsSpec } from './spec';
import { SERIES } from './layout';

const TOKEN = /\{([A-Za-z0-9]+)(?:\|[a-z]+)?\}/g;

describe('the known-years copy', () => {
	for (const lang of ['en', 'zh'] as const) {
		const copy = copyFor(lang);
		const chart = copy.knownYears.chart;

		it(`${lang}: says both values in its description, from the data`, () => {
			expect([...chart.aria.matchAll(TOKEN)].map((m) => m[1])).toEqual([...SERIES]);
			const said = knownYearsSpec.describe(0, chart, lang);
			expect(said).toBe(plainCopy(chart.aria, lang));
			expect(said).toContain(lang === 'en' ? '4.05 billion yuan' : '40.49亿元');
			expect(said).toContain(lang === 'en' ? '174.2 billion yuan' : '1742亿元');
		});

		it(`${lang}: types no number but the two years (and the page's 2021)`, () => {
			const all = [chart.title, chart.subtitle ?? '', chart.gap, ...chart.notes, chart.source];
			const numbers = all.flatMap((s) => s.replace(TOKEN, '').match(/\d+/g) ?? []);
			for (const n of numbers) expect(['1997', '2020', '2021']).toContain(n);
		});

		it(`${lang}: leaves the missing years to the figure, not the closing words`, () => {
			const outro = copy.outro.join(' ');
			expect(outro).not.toMatch(/1997|2020/);
		});
	}
});
