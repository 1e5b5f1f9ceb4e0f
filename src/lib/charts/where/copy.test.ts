import { describe, expect, it } from 'vitest';
import { where as en } from '$content/en/where';
import { where as zh } from '$content/zh/where';
import { whereSpec } from './spec';
import { JUMP_FACTS } from './jump';
import { PLACES } from './layout';

const shape = (o: unknown): unknown =>
	Array.isArray(o)
		? o.length
		: o && typeof o === 'object'
			? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)]))
			: typeof o;

/** Copy with its figure tokens and year templates taken out. */
const untokened = (o: unknown) =>
	JSON.stringify(o)
		.replace(/\{[A-Za-z0-9|]+\}/g, '')
		.replace(/1992|1997|2020|2021/g, '');

const NOT_TO_SCALE = { en: /not to scale/gi, zh: /非按比例/g };

describe('where copy', () => {
	it('has the same keys and list lengths in both editions', () => {
		expect(shape(zh)).toEqual(shape(en));
	});

	for (const [lang, copy] of [
		['en', en],
		['zh', zh]
	] as const) {
		it(`${lang}: names every place and describes the drawing and the squares`, () => {
			for (const p of PLACES) expect(copy.chart.places[p.id]).toBeTruthy();
			const label = whereSpec.describe(0, copy.chart, lang);
			expect(label).toMatch(NOT_TO_SCALE[lang]);
			for (const f of JUMP_FACTS) expect(copy.chart.jump.aria).toContain(`{${f}}`);
			expect(copy.chart.jump.aria).toContain('{outputMultiple}');
			expect(label).not.toMatch(/\{/);
		});

		it(`${lang}: types no number in, only figure tokens and the story's years`, () => {
			expect(untokened(copy)).not.toMatch(/\d/);
		});

		it(`${lang}: says “not to scale” once on the page (the note), not in the drawing`, () => {
			const shown = JSON.stringify({
				...copy.chart,
				aria: '',
				jump: { ...copy.chart.jump, aria: '' }
			});
			expect(shown.match(NOT_TO_SCALE[lang])).toHaveLength(1);
			expect(copy.chart.notes.join('')).toMatch(NOT_TO_SCALE[lang]);
		});
	}
});
