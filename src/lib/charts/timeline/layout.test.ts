import { describe, expect, it } from 'vitest';
import { EVENTS, FIRST_YEAR, LAST_YEAR } from './events';
import {
	GEOMETRY,
	estimateHeight,
	geometryPx,
	leaderPath,
	stackLabels,
	yearScale,
	type StackItem
} from './layout';

/** True when no two consecutive items (in the given order) overlap, gap included. */
function clear(items: readonly StackItem[], tops: number[], gap: number): boolean {
	return tops.every((t, i) => i === 0 || t >= tops[i - 1]! + items[i - 1]!.size + gap - 1e-9);
}

describe('yearScale', () => {
	const g = geometryPx(16);
	const y = yearScale(g);

	it('maps 1992 to the top pad and 2021 to perYear px for each of the 29 years below', () => {
		expect(y(FIRST_YEAR)).toBe(g.pad);
		expect(y(LAST_YEAR)).toBe(g.pad + 29 * g.perYear);
	});

	it('is linear: the 17 empty years take 17 times the room of one', () => {
		expect((y(2014) - y(1997)) / (y(2019) - y(2018))).toBeCloseTo(17, 9);
		expect((y(1994) - y(1992)) / (y(2021) - y(2020))).toBeCloseTo(2, 9);
	});

	it('keeps one year wider than a line of year text, so year labels never touch', () => {
		expect(GEOMETRY.perYear).toBeGreaterThan(GEOMETRY.yearLine);
	});

	it('scales every length with the root font size', () => {
		expect(geometryPx(20).perYear / geometryPx(16).perYear).toBeCloseTo(20 / 16, 9);
		expect(yearScale(geometryPx(20))(LAST_YEAR)).toBeCloseTo(
			20 * (GEOMETRY.pad + 29 * GEOMETRY.perYear),
			9
		);
	});
});

describe('stackLabels', () => {
	it('leaves items that do not touch at their targets', () => {
		const items = [
			{ target: 0, size: 10 },
			{ target: 50, size: 10 }
		];
		expect(stackLabels(items, 4)).toEqual([0, 50]);
	});

	it('spreads two colliding items evenly about their targets', () => {
		const items = [
			{ target: 100, size: 20 },
			{ target: 104, size: 20 }
		];
		const tops = stackLabels(items, 0);
		expect(tops[1]! - tops[0]!).toBe(20);
		// The pair is centred on the mean of the wishes: one moves up as much as the other down.
		expect(100 - tops[0]!).toBeCloseTo(tops[1]! - 104, 9);
	});

	it('never puts an item above min', () => {
		const items = [
			{ target: 0, size: 30 },
			{ target: 5, size: 30 }
		];
		expect(stackLabels(items, 2, 0)).toEqual([0, 32]);
	});

	it('cascades: a block that grows reaches back into the one before it', () => {
		const items = [
			{ target: 0, size: 10 },
			{ target: 14, size: 10 },
			{ target: 16, size: 10 },
			{ target: 18, size: 10 }
		];
		const tops = stackLabels(items, 2);
		expect(clear(items, tops, 2)).toBe(true);
		// The three late items push the first up rather than all pushing down.
		expect(tops[0]!).toBeLessThan(0);
	});

	it('keeps the order, the gap and min for any input', () => {
		let seed = 7;
		const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let run = 0; run < 200; run++) {
			let t = rand() * 50;
			const items = Array.from({ length: 2 + Math.floor(rand() * 10) }, () => {
				t += rand() * 40;
				return { target: t, size: 5 + rand() * 60 };
			});
			const tops = stackLabels(items, 6, 10);
			expect(tops).toHaveLength(items.length);
			expect(clear(items, tops, 6)).toBe(true);
			expect(Math.min(...tops)).toBeGreaterThanOrEqual(10);
		}
	});

	it('keeps the real events apart at phone-like heights, with 2018-2021 crowded', () => {
		const g = geometryPx(16);
		const y = yearScale(g);
		const items = EVENTS.map((e) => ({ target: y(e.year) - g.anchor, size: 90 }));
		const tops = stackLabels(items, g.gap, 0);
		expect(clear(items, tops, g.gap)).toBe(true);
		expect(Math.min(...tops)).toBeGreaterThanOrEqual(0);
		// Four labels in four years do not fit: the crowd spills past 2021's tick.
		expect(tops.at(-1)!).toBeGreaterThan(y(LAST_YEAR));
		// 1997 and 2014 are far apart: neither label is moved by the other's crowd.
		const i1997 = EVENTS.findIndex((e) => e.year === 1997);
		expect(tops[i1997 + 1]! - tops[i1997]!).toBeGreaterThan(200);
	});
});

describe('estimateHeight', () => {
	it('counts whole lines per text, at least one each', () => {
		expect(estimateHeight([0, 10, 35], 34, 20)).toBe(20 + 20 + 40);
	});
});

describe('leaderPath', () => {
	it('runs from beside the dot to the first line of the text', () => {
		const g = geometryPx(16);
		const d = leaderPath(g, 100, 150);
		expect(d.startsWith(`M${g.spineX + g.dotR * 2},100C`)).toBe(true);
		expect(d.endsWith(`,${g.labelX - g.dotR * 2},${150 + g.anchor}`)).toBe(true);
	});
});
