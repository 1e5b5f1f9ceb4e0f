import { describe, expect, it } from 'vitest';
import { parseOrigin } from './origin';

describe('parseOrigin', () => {
	it('is empty when PUBLIC_ORIGIN is unset or blank', () => {
		expect(parseOrigin(undefined)).toBe('');
		expect(parseOrigin('')).toBe('');
		expect(parseOrigin('  ')).toBe('');
	});

	it('keeps an http(s) origin, with its port, and drops a trailing slash', () => {
		expect(parseOrigin('https://graphics.example.com')).toBe('https://graphics.example.com');
		expect(parseOrigin('https://graphics.example.com/')).toBe('https://graphics.example.com');
		expect(parseOrigin('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173');
		expect(parseOrigin('HTTPS://Graphics.Example.COM:443/')).toBe('https://graphics.example.com');
	});

	it.each([
		'graphics.example.com',
		'ftp://graphics.example.com',
		'javascript:alert(1)',
		'https://graphics.example.com/2021/fuling',
		'https://graphics.example.com//',
		'https://graphics.example.com/?',
		'https://graphics.example.com?x=1',
		'https://graphics.example.com#top',
		'https://user:pw@graphics.example.com',
		'https://exa mple.com'
	])('throws on %j, naming PUBLIC_ORIGIN and the value', (raw) => {
		expect(() => parseOrigin(raw)).toThrow('PUBLIC_ORIGIN');
		expect(() => parseOrigin(raw)).toThrow(JSON.stringify(raw));
	});
});
