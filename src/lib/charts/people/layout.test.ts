import { describe, expect, it } from 'vitest';
import { fact } from '$lib/data';
import {
	COLS,
	DOT_R,
	LEADER_IDS,
	PEOPLE_ASPECT,
	PITCH,
	ROW_FACTS,
	VIEW_W,
	dotRows,
	floorSlot,
	peopleLayout,
	slot
} from './layout';

describe('slot', () => {
	it('fills rows of COLS left to right, then the next row', () => {
		expect(slot(0, 10)).toEqual({ x: PITCH / 2, y: 10 + PITCH / 2 });
		expect(slot(COLS - 1, 0).x).toBeCloseTo((COLS - 0.5) * PITCH, 10);
		expect(slot(COLS, 0)).toEqual({ x: PITCH / 2, y: PITCH * 1.5 });
	});
});

describe('floorSlot', () => {
	it('takes the next free slot of a part-filled row', () => {
		expect(floorSlot(20, 0)).toEqual(slot(20, 0));
		expect(floorSlot(COLS + 3, 5)).toEqual(slot(COLS + 3, 5));
	});

	it('takes the spare slot at the end of a full row instead of starting a new row', () => {
		const p = floorSlot(COLS * 2, 0);
		expect(p.y).toBe(slot(COLS * 2 - 1, 0).y);
		expect(p.x).toBeCloseTo(COLS * PITCH + PITCH / 2, 10);
		expect(p.x + DOT_R).toBeLessThanOrEqual(VIEW_W);
	});
});

describe('dotRows', () => {
	it('counts whole rows, at least one', () => {
		expect(dotRows(20)).toBe(1);
		expect(dotRows(40)).toBe(1);
		expect(dotRows(41)).toBe(2);
		expect(dotRows(80)).toBe(2);
		expect(dotRows(0)).toBe(1);
	});
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

	it('is the same every time it is computed (server and browser agree)', () => {
		expect(peopleLayout()).toEqual(layout);
	});
});
