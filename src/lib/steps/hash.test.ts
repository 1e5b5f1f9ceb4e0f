import { describe, expect, it } from 'vitest';
import { parseStepHash, stepId } from './hash';

const SECTIONS = { economy: 4, rebuilding: 7 };

describe('parseStepHash', () => {
	it('reads a known section and step', () => {
		expect(parseStepHash('#economy-2', SECTIONS)).toEqual({ section: 'economy', step: 2 });
		expect(parseStepHash('#rebuilding-6', SECTIONS)).toEqual({ section: 'rebuilding', step: 6 });
	});

	it('rejects steps out of range, unknown sections and junk', () => {
		for (const bad of [
			'#economy-4',
			'#economy--1',
			'#toString-0',
			'#constructor-1',
			'#economy-2<script>',
			'#',
			'',
			'#economy-99999'
		]) {
			expect(parseStepHash(bad, SECTIONS), bad).toBeNull();
		}
	});

	it('builds the ids the steps carry', () => {
		expect(stepId('economy', 2)).toBe('economy-2');
	});
});
