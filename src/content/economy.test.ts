// The headline chart's copy says what the chart shows at each step. These
// checks hold the copy to the data where it makes a claim in words.
import { describe, expect, it } from 'vitest';
import { val } from '$lib/data';
import { ECONOMY_STEPS } from '$lib/charts/economy/state';
import { plainCopy } from '$lib/format/copy';
import { en } from './en/index';
import { zh } from './zh/index';

/** Every figure token in a string, inside **emphasis** too. */
const figures = (text: string) =>
	[...text.matchAll(/\{([A-Za-z0-9]+)(?:\|[a-z]+)?\}/g)].map((m) => m[1]);

/** How each edition says which of GDP and output is the larger number, per year. */
const LARGER = {
	en: {
		gdp1997: /GDP was .*in 1997, larger than industrial output/,
		output2020: /in 2020 it was .*, smaller/
	},
	zh: {
		gdp1997: /1997年，涪陵地区生产总值为.*，高于规上工业产值/,
		output2020: /2020年为.*，则低于规上工业产值/
	}
} as const;

describe('the economy copy', () => {
	for (const copy of [en, zh]) {
		const { lang } = copy;
		const { steps, chart } = copy.economy;

		it(`${lang}: has one step and one description per chart state`, () => {
			expect(steps).toHaveLength(ECONOMY_STEPS);
			expect(chart.aria).toHaveLength(ECONOMY_STEPS);
		});

		it(`${lang}: lets the 2020 bar overflow before any 2020 number is given`, () => {
			for (const text of [steps[1]!, chart.aria[1]!]) {
				expect(figures(text)).toEqual([]);
				expect(plainCopy(text, lang)).toMatch(/1997/);
			}
			expect(figures(steps[2]!)).toContain('industrialOutput2020');
		});

		it(`${lang}: the GDP step says which measure is larger in which year, as the data has it`, () => {
			// The claim the copy makes, checked against the figures.
			expect(val('gdp1997')).toBeGreaterThan(val('industrialOutput1997'));
			expect(val('industrialOutput2020')).toBeGreaterThan(val('gdp2020'));

			const gdpStep = steps[ECONOMY_STEPS - 1]!;
			expect(figures(gdpStep).toSorted()).toEqual(['gdp1997', 'gdp2020']);
			const text = plainCopy(gdpStep, lang);
			expect(text).toMatch(/1997/);
			expect(text).toMatch(/2020/);
			expect(text).toMatch(LARGER[lang].gdp1997);
			expect(text).toMatch(LARGER[lang].output2020);
			// Never a share of the other.
			expect(text).toMatch(lang === 'en' ? /Neither is a share of the other/ : /不能.*占比/);
		});

		it(`${lang}: states the causal caveat once, at the blocks step`, () => {
			const caveat = lang === 'en' ? /cannot show how much/ : /无法说明/;
			const hits = steps.filter((s) => caveat.test(s));
			expect(hits).toEqual([steps[3]]);
		});
	}
});
