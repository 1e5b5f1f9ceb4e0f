import { describe, expect, it } from 'vitest';
import { defineSpec, type ChartSpec } from './spec';

const base: ChartSpec<null, number> = {
	id: 'economy',
	steps: 3,
	state: (s) => s,
	restStep: 2,
	entryStep: 0,
	copy: () => null,
	notes: () => [],
	describe: () => '',
	facts: []
};

describe('defineSpec', () => {
	it('returns a well-formed spec as given', () => {
		expect(defineSpec(base)).toBe(base);
	});

	it.each([
		[{ steps: 0 }, /economy.*steps/],
		[{ steps: 1.5 }, /economy.*steps/],
		[{ restStep: 3 }, /economy.*restStep 3/],
		[{ entryStep: -1 }, /economy.*entryStep -1/]
	])('defineSpec(%o) throws, naming the chart and the field', (bad, message) => {
		expect(() => defineSpec({ ...base, ...bad })).toThrow(message);
	});
});
