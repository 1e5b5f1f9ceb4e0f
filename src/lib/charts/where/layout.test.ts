import { describe, expect, it } from 'vitest';
import {
	PLACES,
	RESERVOIR_LABEL,
	RIVER,
	RIVER_LABEL,
	SCHEMATIC_LABEL,
	VIEW_H,
	VIEW_W,
	mouth,
	place,
	reservoirPath,
	riverIndex,
	riverPath,
	smoothPath
} from './layout';

/** The points a path passes through: its start and each curve's end. */
function knots(d: string): [number, number][] {
	const nums = (s: string) => s.split(',').map(Number);
	const [start, ...curves] = d.slice(1).split('C');
	return [
		nums(start!) as [number, number],
		...curves.map((c) => nums(c).slice(4) as [number, number])
	];
}

describe('the where schematic', () => {
	it('puts Chongqing, Fuling and the dam in order down the river, west to east', () => {
		const xs = (['chongqing', 'fuling', 'dam'] as const).map((id) => place(id).x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(riverIndex('chongqing')).toBeLessThan(riverIndex('fuling'));
		expect(riverIndex('fuling')).toBeLessThan(riverIndex('dam'));
	});

	it('keeps Fuling just downstream of Chongqing, much nearer it than the dam', () => {
		const cq = place('chongqing').x;
		expect(place('fuling').x - cq).toBeLessThan((place('dam').x - cq) / 2);
	});

	it('sets the river places on the river line', () => {
		for (const id of ['chongqing', 'fuling', 'dam'] as const) {
			expect(RIVER[riverIndex(id)]).toMatchObject({ x: place(id).x, y: place(id).y });
			expect(place(id).onRiver).toBe(true);
		}
	});

	it('puts Hangzhou off the river, east of the dam and south of the mouth', () => {
		const h = place('hangzhou');
		expect(h.onRiver).toBe(false);
		expect(h.x).toBeGreaterThan(place('dam').x);
		expect(h.y).toBeGreaterThan(mouth().y);
		expect(RIVER.some((p) => p.x === h.x && p.y === h.y)).toBe(false);
	});

	it('runs the river west to east, from off the left edge to the mouth', () => {
		const k = knots(riverPath());
		expect(k).toHaveLength(RIVER.length);
		expect(k[0]![0]).toBeLessThanOrEqual(0);
		expect(k.at(-1)).toEqual([mouth().x, mouth().y]);
		for (let i = 1; i < k.length; i++) expect(k[i]![0]).toBeGreaterThan(k[i - 1]![0]);
	});

	it('draws the reservoir from Chongqing to the dam, on the river’s own curve', () => {
		const d = reservoirPath();
		const k = knots(d);
		expect(k[0]).toEqual([place('chongqing').x, place('chongqing').y]);
		expect(k.at(-1)).toEqual([place('dam').x, place('dam').y]);
		expect(k.map(([x]) => x)).toContain(place('fuling').x);
		// Same curves as the whole river: every segment of the sub-path is in it.
		for (const seg of d.split('C').slice(1)) expect(riverPath()).toContain(`C${seg}`);
	});

	it('keeps every drawn point and label anchor inside the drawing', () => {
		const spots = [...PLACES.map((p) => p.label), RESERVOIR_LABEL, RIVER_LABEL, SCHEMATIC_LABEL];
		for (const p of [...PLACES, ...spots]) {
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x).toBeLessThanOrEqual(VIEW_W);
			expect(p.y).toBeGreaterThanOrEqual(0);
			expect(p.y).toBeLessThanOrEqual(VIEW_H);
		}
		for (const p of RIVER.slice(1)) expect(p.y).toBeLessThan(VIEW_H);
	});

	it('labels the dam above it and the reservoir below the stretch it names', () => {
		expect(place('dam').label.y).toBeLessThan(place('dam').y);
		expect(RESERVOIR_LABEL.side).toBe('below');
		expect(RESERVOIR_LABEL.x).toBeGreaterThan(place('fuling').x);
		expect(RESERVOIR_LABEL.x).toBeLessThan(place('dam').x);
	});
});

describe('smoothPath', () => {
	const line = [
		{ x: 0, y: 0 },
		{ x: 10, y: 10 },
		{ x: 20, y: 20 }
	];

	it('passes through every point, with straight controls on a straight line', () => {
		expect(smoothPath(line)).toBe(
			'M0,0C1.667,1.667,6.667,6.667,10,10C13.333,13.333,18.333,18.333,20,20'
		);
	});

	it('draws a sub-range between its two ends', () => {
		expect(knots(smoothPath(line, 1, 2))).toEqual([
			[10, 10],
			[20, 20]
		]);
	});

	it('refuses an empty or reversed range', () => {
		expect(() => smoothPath(line, 1, 1)).toThrow(RangeError);
		expect(() => smoothPath(line, 2, 1)).toThrow(RangeError);
		expect(() => smoothPath(line, 0, 3)).toThrow(RangeError);
	});
});
