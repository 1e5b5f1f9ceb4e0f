import { describe, expect, it } from 'vitest';
import { readStepAlias } from './alias';

const q = (s: string) => new URLSearchParams(s);

describe('readStepAlias', () => {
	it('reads a step of the chart', () => {
		expect(readStepAlias(q('step=0'), 5)).toBe(0);
		expect(readStepAlias(q('childId=x&step=4'), 5)).toBe(4);
	});

	it.each([
		'step=abc',
		'step=9999',
		'step=5',
		'step=-1',
		'step=1.5',
		'step=01',
		'step=',
		'step=%3Cscript%3E',
		''
	])('ignores %s', (s) => {
		expect(readStepAlias(q(s), 5)).toBeNull();
	});

	it('gives a static figure no steps', () => {
		expect(readStepAlias(q('step=0'), 1)).toBeNull();
	});
});
