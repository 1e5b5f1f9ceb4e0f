import { describe, expect, it } from 'vitest';
import { where as en } from '$content/en/where';
import { where as zh } from '$content/zh/where';
import { PLACES } from './layout';

const shape = (o: unknown): unknown =>
	Array.isArray(o)
		? o.length
		: o && typeof o === 'object'
			? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)]))
			: typeof o;

describe('where copy', () => {
	it('has the same keys and list lengths in both editions', () => {
		expect(shape(zh)).toEqual(shape(en));
	});

	for (const copy of [en, zh]) {
		it(`${copy.chart.schematic}: names every place and says it is a schematic`, () => {
			for (const p of PLACES) expect(copy.chart.places[p.id]).toBeTruthy();
			expect(copy.chart.aria).toContain(copy.chart.schematic);
		});

		it(`${copy.chart.schematic}: shows no numbers at all (no distances in the data)`, () => {
			expect(JSON.stringify(copy)).not.toMatch(/\d/);
		});
	}

	it('says “not to scale” in each language', () => {
		expect(en.chart.schematic).toBe('Schematic, not to scale');
		expect(zh.chart.schematic).toBe('示意图，非按比例');
	});
});
