import { describe, expect, it } from 'vitest';
import { parsePlace } from './anchor';

describe('parsePlace', () => {
	it('reads the places it writes', () => {
		for (const p of [
			{ kind: 'step', id: 'economy-2' },
			{ kind: 'section', key: 'money' },
			{ kind: 'node', index: 41, top: -12.5 }
		]) {
			expect(parsePlace(JSON.stringify(p))).toEqual(p);
		}
	});

	it('reads anything else as no place', () => {
		for (const raw of [
			null,
			'',
			'null',
			'{',
			'"economy-2"',
			'{"kind":"step","id":"<img src=x onerror=alert(1)>"}',
			'{"kind":"step","id":"economy"}',
			'{"kind":"section","key":"a\\"]"}',
			'{"kind":"node","index":-1,"top":0}',
			'{"kind":"node","index":1.5,"top":0}',
			'{"kind":"node","index":1,"top":"x"}',
			'{"kind":"other"}'
		]) {
			expect(parsePlace(raw), String(raw)).toBeNull();
		}
	});
});
