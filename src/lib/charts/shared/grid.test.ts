import { describe, expect, it } from 'vitest';
import { squaresLayout, VIEW_W as MONEY_VIEW_W } from '$lib/charts/money/layout';
import { rebuildingLayout, VIEW_W as REBUILDING_VIEW_W } from '$lib/charts/rebuilding/layout';
import { livelihoodsLayout, VIEW_W as LIVELIHOODS_VIEW_W } from '$lib/charts/livelihoods/layout';
import { UNIT_SQUARE, unitGrid, type GridCell, type GridSpec } from './grid';

/** A cell by its place, for tables that name only the cells they check. */
const at = (x: number, y: number, size: number, row: number, col: number): GridCell => ({
	x,
	y,
	size,
	row,
	col
});

describe('unitGrid', () => {
	const cases: {
		call: string;
		spec: GridSpec;
		rows: number;
		width: number;
		height: number;
		/** Cells checked by index. */
		cells: Record<number, GridCell>;
		count: number;
	}[] = [
		{
			call: 'unitGrid({ count: 0, cols: 5, pitch: 2 }) draws nothing, 0 tall, a full row wide',
			spec: { count: 0, cols: 5, pitch: 2 },
			count: 0,
			rows: 0,
			width: 10,
			height: 0,
			cells: {}
		},
		{
			call: 'unitGrid({ count: 7, cols: 5, pitch: 2 }) wraps the sixth cell to a second row',
			spec: { count: 7, cols: 5, pitch: 2 },
			count: 7,
			rows: 2,
			width: 10,
			height: 4,
			cells: {
				0: at(0, 0, 2, 0, 0),
				4: at(8, 0, 2, 0, 4),
				5: at(0, 2, 2, 1, 0),
				6: at(2, 2, 2, 1, 1)
			}
		},
		{
			call: 'unitGrid({ count: 5, cols: 5, pitch: 2, gap: 0.25 }) leaves the gap after each cell',
			spec: { count: 5, cols: 5, pitch: 2, gap: 0.25 },
			count: 5,
			rows: 1,
			width: 9.5,
			height: 1.5,
			cells: { 0: at(0, 0, 1.5, 0, 0), 1: at(2, 0, 1.5, 0, 1), 4: at(8, 0, 1.5, 0, 4) }
		},
		{
			call: 'unitGrid({ count: 6, cols: 5, pitch: 2, x0: 40, y0: 10 }) starts at (x0, y0)',
			spec: { count: 6, cols: 5, pitch: 2, x0: 40, y0: 10 },
			count: 6,
			rows: 2,
			width: 10,
			height: 4,
			cells: { 0: at(40, 10, 2, 0, 0), 5: at(40, 12, 2, 1, 0) }
		},
		{
			call: 'unitGrid({ count: 12, cols: 10, pitch: 4, gutter: { every: 5, width: 1 } }) opens a gutter after the fifth column',
			spec: { count: 12, cols: 10, pitch: 4, gutter: { every: 5, width: 1 } },
			count: 12,
			rows: 2,
			width: 41,
			height: 8,
			cells: {
				4: at(16, 0, 4, 0, 4),
				5: at(21, 0, 4, 0, 5),
				9: at(37, 0, 4, 0, 9),
				10: at(0, 4, 4, 1, 0)
			}
		},
		{
			call: 'unitGrid({ count: 993, cols: 50, ...UNIT_SQUARE }) fills 20 rows, the last with 43',
			spec: { count: 993, cols: 50, ...UNIT_SQUARE },
			count: 993,
			rows: 20,
			width: 100 - 2 * 0.22,
			height: 19 * 2 + 2 * 0.78,
			cells: { 992: at(84, 38, 2 * 0.78, 19, 42) }
		}
	];

	for (const { call, spec, count, rows, width, height, cells } of cases) {
		it(call, () => {
			const grid = unitGrid(spec);
			expect(grid.cells).toHaveLength(count);
			expect(grid.rows).toBe(rows);
			expect(grid.width).toBeCloseTo(width, 10);
			expect(grid.height).toBeCloseTo(height, 10);
			for (const [i, want] of Object.entries(cells)) {
				const got = grid.cells[Number(i)]!;
				expect(got.row, `cell ${i} row`).toBe(want.row);
				expect(got.col, `cell ${i} col`).toBe(want.col);
				for (const k of ['x', 'y', 'size'] as const) {
					expect(got[k], `cell ${i} ${k}`).toBeCloseTo(want[k], 10);
				}
			}
		});
	}

	const shapes: GridSpec[] = [
		{ count: 118, cols: 50, ...UNIT_SQUARE },
		{ count: 120, cols: 27, ...UNIT_SQUARE, x0: 46, y0: 30 },
		{ count: 42, cols: 10, pitch: 4.1, gutter: { every: 5, width: 1.2 }, x0: 58 },
		{ count: 100, cols: 10, pitch: 4.5, gap: 0.16 }
	];

	it.each(shapes)(
		'unitGrid(%o) keeps every cell inside width × height, in reading order, none overlapping',
		(spec) => {
			const { cells, width, height } = unitGrid(spec);
			const x0 = spec.x0 ?? 0;
			const y0 = spec.y0 ?? 0;
			for (const c of cells) {
				expect(c.x).toBeGreaterThanOrEqual(x0);
				expect(c.y).toBeGreaterThanOrEqual(y0);
				expect(c.x + c.size).toBeLessThanOrEqual(x0 + width + 1e-9);
				expect(c.y + c.size).toBeLessThanOrEqual(y0 + height + 1e-9);
			}
			for (const [i, c] of cells.slice(1).entries()) {
				const prev = cells[i]!;
				// The next cell is to the right on the same row, or starts the row below.
				if (c.row === prev.row) {
					expect(c.x).toBeGreaterThanOrEqual(prev.x + prev.size);
				} else {
					expect([c.row, c.col]).toEqual([prev.row + 1, 0]);
					expect(c.y).toBeGreaterThanOrEqual(prev.y + prev.size);
				}
			}
		}
	);
});

describe('UNIT_SQUARE', () => {
	it('is 50 to a 100-wide row with air between squares', () => {
		expect(100 / UNIT_SQUARE.pitch).toBe(50);
		expect(UNIT_SQUARE.gap).toBeGreaterThan(0);
		expect(UNIT_SQUARE.gap).toBeLessThan(0.5);
	});
});

describe('one square = one thing', () => {
	it('is one size in money, rebuilding and livelihoods, all three 100 wide', () => {
		expect([MONEY_VIEW_W, REBUILDING_VIEW_W, LIVELIHOODS_VIEW_W]).toEqual([100, 100, 100]);
		const money = squaresLayout().flatMap((g) => g.squares.map((c) => c.size));
		const rebuilding = rebuildingLayout()
			.groups.filter((g) => g.kind === 'count')
			.flatMap((g) => g.marks.flatMap((m) => [m.w, m.h]));
		const livelihoods = livelihoodsLayout().flatMap((r) =>
			r.counts.filter((g) => g.mark === 'square').flatMap((g) => g.marks.map((c) => c.size))
		);
		for (const sizes of [money, rebuilding, livelihoods]) expect(sizes.length).toBeGreaterThan(0);
		expect(new Set([...money, ...rebuilding, ...livelihoods])).toEqual(
			new Set([UNIT_SQUARE.pitch * (1 - UNIT_SQUARE.gap)])
		);
	});
});
