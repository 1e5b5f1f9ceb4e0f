import { describe, expect, it } from 'vitest';
import { printableHref } from './print';

describe('printableHref', () => {
	it('prints the full address a reader can type', () => {
		expect(
			printableHref('https://example.com/data/fuling-facts.csv', '/data/fuling-facts.csv')
		).toBe('https://example.com/data/fuling-facts.csv');
		expect(printableHref('https://example.com/zh/index.html', 'zh/index.html')).toBe(
			'https://example.com/zh/'
		);
	});
	it('keeps a hash only when the link has one', () => {
		expect(printableHref('https://example.com/#economy-2', '/#economy-2')).toBe(
			'https://example.com/#economy-2'
		);
		expect(printableHref('https://example.com/x#y', '/x')).toBe('https://example.com/x');
	});
	it('falls back to the markup when the address does not parse', () => {
		expect(printableHref('not a url', 'odd')).toBe('odd');
	});
});
