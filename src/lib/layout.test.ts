import { describe, expect, it } from 'vitest';
import { FACTS } from '$lib/data';

describe('the methods table labels', () => {
	it('set apostrophes as typographers do (’), never the typewriter one', () => {
		const straight = FACTS.filter((f) => f.label.en.includes("'")).map((f) => f.id);
		expect(straight).toEqual([]);
		// The test can fail: the labels it reads do hold possessives.
		expect(FACTS.some((f) => f.label.en.includes('’s'))).toBe(true);
	});
});
