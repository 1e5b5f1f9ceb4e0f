import { describe, expect, it } from 'vitest';
import { val } from '$lib/data';
import {
	CELLS,
	LABEL_X,
	PITCH,
	VIEW_H,
	VIEW_W,
	WAFFLE_SIDE,
	cellShare,
	filledBracket,
	filledCells,
	waffleCells
} from './waffle';

describe('filledCells', () => {
	it('fills 30 of 100 cells for "more than 30%"', () => {
		expect(filledCells(val('shuangxiMigrantShare'))).toBe(30);
	});

	it('rounds down, never showing more than the page says', () => {
		expect(filledCells(30.9)).toBe(30);
		expect(filledCells(33.3)).toBe(33);
		expect(filledCells(0.5)).toBe(0);
	});

	it('clamps to the grid', () => {
		expect(filledCells(-5)).toBe(0);
		expect(filledCells(140)).toBe(100);
		expect(filledCells(Number.NaN)).toBe(0);
	});
});

describe('cellShare', () => {
	it('makes one cell one hundredth of the residents', () => {
		expect(CELLS).toBe(100);
		expect(cellShare()).toBe(1);
	});
});

describe('waffleCells', () => {
	const cells = waffleCells(val('shuangxiMigrantShare'));

	it('draws a hundred cells, the first thirty filled', () => {
		expect(cells).toHaveLength(100);
		expect(cells.filter((c) => c.filled)).toHaveLength(30);
		expect(cells.slice(0, 30).every((c) => c.filled)).toBe(true);
		expect(cells.slice(30).some((c) => c.filled)).toBe(false);
	});

	it('fills whole rows from the top for a multiple of ten', () => {
		const filledRows = new Set(cells.filter((c) => c.filled).map((c) => c.y));
		expect(filledRows.size).toBe(3);
		expect(Math.max(...filledRows)).toBeCloseTo(2 * PITCH, 10);
	});

	it('keeps cells square, the same size, inside the waffle and the drawing', () => {
		expect(new Set(cells.map((c) => c.size)).size).toBe(1);
		for (const c of cells) {
			expect(c.x + c.size).toBeLessThanOrEqual(WAFFLE_SIDE + 1e-9);
			expect(c.y + c.size).toBeLessThanOrEqual(VIEW_H + 1e-9);
		}
	});

	it('leaves room on the right for the labels', () => {
		expect(LABEL_X).toBeGreaterThan(WAFFLE_SIDE);
		expect(VIEW_W - LABEL_X).toBeGreaterThan(40);
	});
});

describe('filledBracket', () => {
	it('spans exactly the filled rows', () => {
		const b = filledBracket(30);
		expect(b.y1).toBe(0);
		expect(b.y2).toBeGreaterThan(2 * PITCH);
		expect(b.y2).toBeLessThan(3 * PITCH);
		expect(b.x).toBeGreaterThan(WAFFLE_SIDE);
		expect(b.x).toBeLessThan(LABEL_X);
	});

	it('spans a partial row whole', () => {
		expect(filledBracket(31).y2).toBeGreaterThan(3 * PITCH);
	});
});
