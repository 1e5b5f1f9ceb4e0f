import { describe, expect, it } from 'vitest';
import {
	ARC,
	ARC_LABEL,
	COAST,
	PLACES,
	RESERVOIR_LABEL,
	RIVER,
	RIVER_LABEL,
	VIEW_H,
	VIEW_W,
	arcBottom,
	arcPath,
	arcPoint,
	coastPath,
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

	it('runs the river west to east, from off the left edge to its mouth on the coast', () => {
		const k = knots(riverPath());
		expect(k).toHaveLength(RIVER.length);
		expect(k[0]![0]).toBeLessThanOrEqual(0);
		expect(k.at(-1)).toEqual([mouth().x, mouth().y]);
		for (let i = 1; i < k.length; i++) expect(k[i]![0]).toBeGreaterThan(k[i - 1]![0]);
		// The coast passes through the mouth: the river ends at it, not in mid-air.
		expect(knots(coastPath())).toContainEqual([mouth().x, mouth().y]);
	});

	it('keeps the lower course level under its "→" label, so the line runs the way the arrow says', () => {
		const lower = RIVER.filter((p) => p.x >= RIVER_LABEL.x - 10);
		const ys = lower.map((p) => p.y);
		expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(2.5);
		for (let i = 1; i < lower.length; i++) expect(lower[i]!.x).toBeGreaterThan(lower[i - 1]!.x);
	});

	it('runs the coast north to south, east of every river place, from edge to edge', () => {
		const k = knots(coastPath());
		expect(k[0]![1]).toBeLessThanOrEqual(0);
		expect(k.at(-1)![1]).toBeGreaterThanOrEqual(VIEW_H);
		for (let i = 1; i < k.length; i++) expect(k[i]![1]).toBeGreaterThan(k[i - 1]![1]);
		for (const p of RIVER.slice(0, -1))
			expect(p.x).toBeLessThan(Math.min(...COAST.map((c) => c.x)));
	});

	it('puts Hangzhou on the coast, east of the dam and south of the mouth', () => {
		const h = place('hangzhou');
		expect(h.onRiver).toBe(false);
		expect(h.x).toBeGreaterThan(place('dam').x);
		expect(h.y).toBeGreaterThan(mouth().y);
		expect(COAST).toContainEqual({ x: h.x, y: h.y });
		expect(RIVER.some((p) => p.x === h.x && p.y === h.y)).toBe(false);
	});

	it('draws the pairing arc from Hangzhou to Fuling, south of the river all the way', () => {
		expect(ARC.from).toEqual({ x: place('hangzhou').x, y: place('hangzhou').y });
		expect(ARC.to).toEqual({ x: place('fuling').x, y: place('fuling').y });
		expect(knots(arcPath())).toEqual([
			[ARC.from.x, ARC.from.y],
			[ARC.to.x, ARC.to.y]
		]);
		// Between its ends it stays below (south of) the river's lowest point and inside the drawing.
		const riverSouth = Math.max(...RIVER.filter((p) => p.x >= 0).map((p) => p.y));
		for (let i = 1; i < 20; i++) {
			const p = arcPoint(i / 20);
			if (p.x > place('fuling').x + 5) expect(p.y).toBeGreaterThan(riverSouth);
			expect(p.y).toBeLessThan(VIEW_H);
		}
		const low = arcBottom();
		expect(ARC_LABEL.y).toBeGreaterThan(low.y);
		expect(ARC_LABEL.x).toBeCloseTo(low.x, 0);
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
		const spots = [...PLACES.map((p) => p.label), RESERVOIR_LABEL, RIVER_LABEL, ARC_LABEL];
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
