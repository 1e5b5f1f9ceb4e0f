import { describe, expect, it } from 'vitest';
import { en } from '$content/en';
import { zh } from '$content/zh';
import { CHARTS, CHART_IDS } from './registry';
import { SPECS } from './specs';

const EDITIONS = { en, zh };

describe('the chart registry', () => {
	it('holds every chart id once, each spec under its own id, with a component', () => {
		expect(Object.keys(CHARTS).sort()).toEqual([...CHART_IDS].sort());
		for (const id of CHART_IDS) {
			expect(CHARTS[id].id, id).toBe(id);
			expect(SPECS[id].id, id).toBe(id);
			expect(CHARTS[id].steps, id).toBe(SPECS[id].steps);
			expect(typeof CHARTS[id].component, id).toBe('function');
		}
	});

	for (const [lang, copy] of Object.entries(EDITIONS)) {
		describe(`in ${lang}`, () => {
			for (const id of CHART_IDS) {
				const spec = SPECS[id];
				const steps = [...Array(spec.steps).keys()];

				it(`${id}: one speaker note per step, none empty`, () => {
					const notes = spec.notes(copy);
					expect(notes).toHaveLength(spec.steps);
					for (const n of notes) expect(n.trim(), id).not.toBe('');
				});

				it(`${id}: a description for every step, none empty`, () => {
					const texts = steps.map((s) => spec.describe(s, spec.copy(copy), copy.lang));
					for (const t of texts) expect(t.trim().length, id).toBeGreaterThan(10);
					// A stepped chart says something different at each step.
					if (spec.steps > 1) expect(new Set(texts).size, id).toBe(spec.steps);
				});

				if (spec.stepText) {
					it(`${id}: one step text per step, none empty`, () => {
						const texts = spec.stepText!(copy);
						expect(texts).toHaveLength(spec.steps);
						for (const t of texts) expect(t.trim(), id).not.toBe('');
					});
				}
			}
		});
	}

	it('draws a different state at every step of a stepped chart', () => {
		for (const id of CHART_IDS) {
			const spec = SPECS[id];
			const states = [...Array(spec.steps).keys()].map((s) => JSON.stringify(spec.state(s)));
			expect(new Set(states).size, id).toBe(spec.steps);
		}
	});
});
