import { describe, expect, it } from 'vitest';
import { fact, val } from '$lib/data';
import {
	COLS,
	DOT_R,
	LEADER_IDS,
	PEOPLE_ASPECT,
	PEOPLE_LAYOUT,
	PEOPLE_PER_SQUARE,
	PITCH,
	ROW_FACTS,
	VIEW_W,
	floorSlot,
	peopleLayout,
	squaresFor
} from './layout';

describe('floorSlot', () => {
	/** Slot centres, counted in pitches from the group's top-left corner. */
	const cases: { call: string; count: number; top: number; col: number; row: number }[] = [
		{ call: 'floorSlot(0, 0) takes the first slot', count: 0, top: 0, col: 0, row: 0 },
		{
			call: 'floorSlot(20, 0) takes the next free slot of the row',
			count: 20,
			top: 0,
			col: 20,
			row: 0
		},
		{
			call: 'floorSlot(COLS + 3, 5) takes the next free slot of the second row',
			count: COLS + 3,
			top: 5,
			col: 3,
			row: 1
		},
		{
			call: 'floorSlot(COLS * 2, 0) takes the spare slot of a full row, not a new row',
			count: COLS * 2,
			top: 0,
			col: COLS,
			row: 1
		}
	];
	for (const { call, count, top, col, row } of cases) {
		it(call, () => {
			const p = floorSlot(count, top);
			expect(p.x).toBeCloseTo((col + 0.5) * PITCH, 10);
			expect(p.y).toBeCloseTo(top + (row + 0.5) * PITCH, 10);
			expect(p.x + DOT_R).toBeLessThanOrEqual(VIEW_W);
		});
	}
});

describe('peopleLayout', () => {
	const layout = peopleLayout();
	const groups = layout.zhejiang.groups;
	const byId = Object.fromEntries(groups.map((g) => [g.id, g]));

	it('draws one dot per leader the page counts, and no more', () => {
		expect(byId.provincialLeaders?.dots).toHaveLength(20);
		expect(byId.provincialDeptLeaders?.dots).toHaveLength(80);
		expect(byId.cityCountyLeaders?.dots).toHaveLength(40);
	});

	it('sets the dots in rows of COLS, a pitch apart, left to right', () => {
		const rows = (id: (typeof LEADER_IDS)[number]) => new Set(byId[id]!.dots.map((d) => d.y)).size;
		// 20, 80 and 40 leaders: half a row, two full rows, one full row.
		expect(LEADER_IDS.map(rows)).toEqual([1, 2, 1]);
		const dots = byId.provincialDeptLeaders!.dots;
		expect(dots[0]!.x).toBeCloseTo(PITCH / 2, 10);
		expect(dots[1]!.x - dots[0]!.x).toBeCloseTo(PITCH, 10);
		expect(dots[COLS]!.x).toBeCloseTo(dots[0]!.x, 10);
		expect(dots[COLS]!.y - dots[0]!.y).toBeCloseTo(PITCH, 10);
	});

	it('puts a "+" after every group the page gives as a floor', () => {
		for (const id of LEADER_IDS) {
			expect(fact(id).floor).toBe(true);
			const g = byId[id]!;
			expect(g.floor, id).not.toBeNull();
			const last = g.dots[g.dots.length - 1]!;
			// On the last dot's row, to its right.
			expect(g.floor!.y).toBeCloseTo(last.y, 10);
			expect(g.floor!.x).toBeGreaterThan(last.x);
		}
	});

	it('stacks the groups in page order without overlap', () => {
		expect(groups.map((g) => g.id)).toEqual([...LEADER_IDS]);
		for (let i = 1; i < groups.length; i++) {
			const above = groups[i - 1]!;
			const lowest = Math.max(...above.dots.map((d) => d.y)) + DOT_R;
			expect(groups[i]!.labelY).toBeGreaterThan(lowest);
		}
		const lastDots = groups[groups.length - 1]!.dots;
		expect(layout.zhejiang.donationY).toBeGreaterThan(Math.max(...lastDots.map((d) => d.y)));
	});

	it('keeps every dot inside the drawing', () => {
		for (const d of groups.flatMap((g) => g.dots)) {
			expect(d.x - DOT_R).toBeGreaterThanOrEqual(0);
			expect(d.x + DOT_R).toBeLessThanOrEqual(VIEW_W);
		}
	});

	it('rules the Fuling panel off below the Zhejiang one', () => {
		expect(layout.divider).toBeGreaterThan(layout.zhejiang.donationY);
		expect(layout.fuling.headY).toBeGreaterThan(layout.divider);
		expect(layout.fuling.rows[0]!.y).toBeGreaterThan(layout.fuling.headY);
	});

	it('gives the Fuling counts one equal row each, with no scale between them', () => {
		const rows = layout.fuling.rows;
		expect(rows.map((r) => r.factId)).toEqual(Object.values(ROW_FACTS));
		expect(new Set(rows.map((r) => r.h)).size).toBe(1);
		for (let i = 1; i < rows.length; i++) {
			expect(rows[i]!.y).toBeCloseTo(rows[i - 1]!.y + rows[i - 1]!.h, 10);
		}
	});

	it('ends the drawing at the last row, and the aspect matches it', () => {
		const last = layout.fuling.rows[layout.fuling.rows.length - 1]!;
		expect(layout.height).toBeCloseTo(last.y + last.h, 10);
		expect(PEOPLE_ASPECT).toBeCloseTo(VIEW_W / layout.height, 10);
	});

	it('has a finite number everywhere the chart draws, so the server render has no NaN', () => {
		const bad: string[] = [];
		JSON.stringify(PEOPLE_LAYOUT, (key, v) => {
			if (typeof v === 'number' && !Number.isFinite(v)) bad.push(key);
			return v;
		});
		expect(bad).toEqual([]);
		expect(Number.isFinite(PEOPLE_ASPECT)).toBe(true);
	});
});

describe('the visitors strip', () => {
	const strip = PEOPLE_LAYOUT.fuling.visitors;

	it('draws one square per ten people Fuling sent, rounded: 2,061 -> 206', () => {
		expect(PEOPLE_PER_SQUARE).toBe(10);
		expect(squaresFor(2061)).toBe(206);
		expect(squaresFor(2065)).toBe(207);
		expect(strip.squares).toHaveLength(Math.round(val('fulingVisitors') / PEOPLE_PER_SQUARE));
	});

	it('is on the leaders’ pitch and rows, so a square and a dot take the same room', () => {
		const xs = new Set(strip.squares.map((c) => c.x));
		expect(xs.size).toBe(COLS);
		expect(strip.squares[1]!.x - strip.squares[0]!.x).toBeCloseTo(PITCH, 10);
		const sizes = new Set(strip.squares.map((c) => c.size));
		expect(sizes.size).toBe(1);
		expect(strip.squares[0]!.size).toBeLessThan(PITCH);
		expect(strip.squares[0]!.size).toBeGreaterThan(DOT_R * 1.5);
	});

	it('sits under its label, below the Fuling heading and above the ledger', () => {
		const { headY, rows } = PEOPLE_LAYOUT.fuling;
		expect(strip.labelY).toBeGreaterThan(headY);
		const top = Math.min(...strip.squares.map((c) => c.y));
		const bottom = Math.max(...strip.squares.map((c) => c.y + c.size));
		expect(top).toBeGreaterThanOrEqual(strip.labelY);
		expect(bottom).toBeLessThan(rows[0]!.y);
		for (const c of strip.squares) expect(c.x + c.size).toBeLessThanOrEqual(VIEW_W);
	});
});
