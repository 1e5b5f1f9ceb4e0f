import { describe, expect, it } from 'vitest';
import { val } from '$lib/data';
import {
	BLOCK_W,
	COLS,
	LABEL_H,
	PITCH,
	VIEW_H,
	VIEW_W,
	arrowBetween,
	dotGrid,
	firmsLayout
} from './layout';

describe('firmsLayout', () => {
	const blocks = firmsLayout();
	const byId = Object.fromEntries(blocks.map((b) => [b.id, b]));

	it('draws one dot per firm', () => {
		expect(byId.zhejiangFirms?.dots).toHaveLength(35);
		expect(byId.fulingFirms?.dots).toHaveLength(42);
		expect(byId.zhejiangFirms?.dots).toHaveLength(val('zhejiangFirms'));
	});

	it('uses one dot size in both blocks', () => {
		const radii = new Set(blocks.flatMap((b) => b.dots.map((d) => d.r)));
		expect(radii.size).toBe(1);
	});

	it('keeps every dot inside its own block and the drawing', () => {
		for (const b of blocks) {
			for (const d of b.dots) {
				expect(d.cx - d.r).toBeGreaterThanOrEqual(b.x);
				expect(d.cx + d.r).toBeLessThanOrEqual(b.x + BLOCK_W + 1e-9);
				expect(d.cy - d.r).toBeGreaterThanOrEqual(LABEL_H);
				expect(d.cy + d.r).toBeLessThanOrEqual(VIEW_H);
			}
		}
	});

	it('leaves the blocks apart, with the arrow in the gap', () => {
		const a = arrowBetween();
		expect(byId.fulingFirms!.x).toBeGreaterThan(BLOCK_W);
		expect(a.x1).toBeGreaterThan(BLOCK_W);
		expect(a.x2).toBeLessThan(byId.fulingFirms!.x);
		expect(byId.fulingFirms!.x + BLOCK_W).toBeCloseTo(VIEW_W, 10);
	});
});

describe('dotGrid', () => {
	it('fills rows of ten in reading order', () => {
		const dots = dotGrid(12, 0, 0);
		expect(dots[0]!.cy).toBe(dots[9]!.cy);
		expect(dots[10]!.cy).toBeCloseTo(dots[0]!.cy + PITCH, 10);
		expect(dots[10]!.cx).toBe(dots[0]!.cx);
		expect(dots[1]!.cx).toBeGreaterThan(dots[0]!.cx);
	});

	it('opens a gap after the fifth dot so rows count in fives', () => {
		const [d4, d5, d6] = [3, 4, 5].map((i) => dotGrid(COLS, 0, 0)[i]!);
		expect(d6!.cx - d5!.cx).toBeGreaterThan(d5!.cx - d4!.cx);
	});

	it('draws nothing for zero', () => {
		expect(dotGrid(0, 0, 0)).toEqual([]);
	});

	it('rounds partial rows up: 35 firms take 4 rows, 42 take 5', () => {
		const rows = (n: number) => new Set(dotGrid(n, 0, 0).map((d) => d.cy)).size;
		expect([rows(35), rows(42), rows(40)]).toEqual([4, 5, 4]);
	});

	it('spans a block exactly: ten dots and the split fill BLOCK_W', () => {
		const row = dotGrid(COLS, 0, 0);
		expect(row[0]!.cx - PITCH / 2).toBeCloseTo(0, 10);
		expect(row[COLS - 1]!.cx + PITCH / 2).toBeCloseTo(BLOCK_W, 10);
	});
});
