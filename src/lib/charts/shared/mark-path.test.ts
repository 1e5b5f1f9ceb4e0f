import { describe, expect, it } from 'vitest';
import { byRow, dotsPath, rectsPath, squaresPath } from './mark-path';

describe('mark paths', () => {
	it('draws one closed sub-path per rectangle, rounded to a thousandth', () => {
		expect(rectsPath([{ x: 0, y: 1.23456, w: 2, h: 3 }])).toBe('M0 1.235h2v3h-2z');
		expect(rectsPath([])).toBe('');
		const d = squaresPath([
			{ x: 0, y: 0, size: 1.56 },
			{ x: 2, y: 0, size: 1.56 }
		]);
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d).toBe('M0 0h1.56v1.56h-1.56zM2 0h1.56v1.56h-1.56z');
	});

	it('draws a dot as two arcs about its centre', () => {
		expect(dotsPath([{ x: 5, y: 5 }], 1)).toBe('M4 5a1 1 0 1 0 2 0a1 1 0 1 0 -2 0z');
		expect(dotsPath([], 1)).toBe('');
	});

	it('splits cells into their rows, in order, skipping none', () => {
		const cells = [0, 0, 1, 2, 2, 2].map((row, i) => ({ row, i }));
		expect(byRow(cells).map((r) => r.map((c) => c.i))).toEqual([[0, 1], [2], [3, 4, 5]]);
	});
});
