import { describe, expect, it } from 'vitest';
import { plainCopy } from './copy';

describe('plainCopy with emphasis', () => {
	it('resolves the figures inside **emphasis**', () => {
		expect(plainCopy('had reached **{industrialOutput2020}**.', 'en')).toBe(
			'had reached 174.2 billion yuan.'
		);
	});
});
