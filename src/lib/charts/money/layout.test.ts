import { describe, expect, it } from 'vitest';
import { PLOT_BOTTOM, PLOT_TOP, SLOTS, squaresLayout, VIEW_H, VIEW_W } from './layout';

describe('geometry', () => {
	it('keeps both bars inside the drawing area, clear of the tick labels', () => {
		for (const { x, w } of Object.values(SLOTS)) {
			expect(x).toBeGreaterThanOrEqual(12);
			expect(x + w).toBeLessThanOrEqual(VIEW_W);
		}
		expect(PLOT_TOP).toBeLessThan(PLOT_BOTTOM);
		expect(PLOT_BOTTOM).toBeLessThan(VIEW_H);
	});

	it("draws one square per project, all the same size, standing on the bars' baseline", () => {
		const groups = squaresLayout();
		expect(groups.map((g) => g.squares.length)).toEqual([993, 107]);
		const sizes = new Set(groups.flatMap((g) => g.squares.map((s) => s.size)));
		expect(sizes.size).toBe(1);
		const all = groups.flatMap((g) => g.squares);
		expect(Math.max(...all.map((s) => s.x + s.size))).toBeLessThanOrEqual(VIEW_W);
		expect(Math.max(...all.map((s) => s.y + s.size))).toBeCloseTo(PLOT_BOTTOM, 10);
		expect(Math.min(...groups.map((g) => g.labelY))).toBeGreaterThanOrEqual(0);
	});

	it('puts each label above its own squares, below the group before', () => {
		const [a, b] = squaresLayout();
		expect(a!.labelY).toBeLessThan(a!.squares[0]!.y);
		expect(b!.labelY).toBeGreaterThan(a!.bottom);
		expect(b!.labelY).toBeLessThan(b!.squares[0]!.y);
	});
});
