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
	firmsLayout,
	rowsFor
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
	it('fills the left twenty first, five to a row, in reading order', () => {
		const dots = dotGrid(12, 0, 0);
		expect(dots[0]!.cy).toBe(dots[4]!.cy);
		expect(dots[5]!.cy).toBeCloseTo(dots[0]!.cy + PITCH, 10);
		expect(dots[5]!.cx).toBe(dots[0]!.cx);
		expect(dots[1]!.cx).toBeGreaterThan(dots[0]!.cx);
		expect(Math.max(...dots.map((d) => d.cx))).toBeLessThan(BLOCK_W / 2);
	});

	it('opens a gap after the fifth column so rows count in fives', () => {
		const [d4, d5, d20] = [3, 4, 20].map((i) => dotGrid(40, 0, 0)[i]!);
		expect(d20!.cy).toBe(d4!.cy);
		expect(d20!.cx - d5!.cx).toBeGreaterThan(d5!.cx - d4!.cx);
	});

	it('draws nothing for zero', () => {
		expect(dotGrid(0, 0, 0)).toEqual([]);
	});

	it('continues the second twenty with the leftovers: 42 is 20 + 20 + 2 under the right half', () => {
		const dots = dotGrid(42, 0, 0);
		const [a, b] = [dots[40]!, dots[41]!];
		// Both leftovers sit in a fifth row, in the right half's first two columns.
		expect(a.cy).toBeCloseTo(dots[0]!.cy + 4 * PITCH, 10);
		expect(b.cy).toBe(a.cy);
		expect(a.cx).toBe(dots[20]!.cx);
		expect(b.cx).toBe(dots[21]!.cx);
		expect(a.cx).toBeGreaterThan(BLOCK_W / 2);
		// Nothing under the left twenty.
		const leftBelow = dots.filter((d) => d.cx < BLOCK_W / 2 && d.cy > dots[15]!.cy);
		expect(leftBelow).toEqual([]);
	});

	it('reads 35 as a full twenty and fifteen', () => {
		const dots = dotGrid(35, 0, 0);
		expect(dots.filter((d) => d.cx < BLOCK_W / 2)).toHaveLength(20);
		expect(dots.filter((d) => d.cx > BLOCK_W / 2)).toHaveLength(15);
	});

	it('takes the rows of the deeper half: 35 firms take 4 rows, 42 take 5', () => {
		const rows = (n: number) => new Set(dotGrid(n, 0, 0).map((d) => d.cy)).size;
		expect([rows(35), rows(42), rows(40)]).toEqual([4, 5, 4]);
		expect([rowsFor(35), rowsFor(42), rowsFor(40)]).toEqual([4, 5, 4]);
	});

	it('spans a block exactly: ten dots and the split fill BLOCK_W', () => {
		const row = dotGrid(COLS * 4, 0, 0);
		const xs = row.map((d) => d.cx);
		expect(Math.min(...xs) - PITCH / 2).toBeCloseTo(0, 10);
		expect(Math.max(...xs) + PITCH / 2).toBeCloseTo(BLOCK_W, 10);
	});
});
