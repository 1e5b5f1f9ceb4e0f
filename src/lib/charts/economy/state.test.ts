import { describe, expect, it } from 'vitest';
import {
	economyState,
	interpolateEconomyState,
	ECONOMY_STEPS,
	Y_MAX_2020,
	barSlot,
	blockCount
} from './state';

describe('economyState', () => {
	it('starts with the 1997 bar alone on a scale that fits it', () => {
		const s = economyState(0);
		expect(s.output2020).toBe(0);
		expect(s.gdp).toBe(0);
		expect(s.yMax).toBeGreaterThan(40.49);
		expect(s.yMax).toBeLessThan(60);
	});

	it('lets 2020 burst through the 1997 scale before the scale changes', () => {
		const s = economyState(1);
		expect(s.output2020).toBe(1);
		expect(s.yMax).toBe(economyState(0).yMax);
		expect(s.blocks).toBe(0);
	});

	it('changes scale on the next step so 1742 stands under a labelled top tick', () => {
		const s = economyState(2);
		expect(s.yMax).toBeGreaterThan(1742);
		expect(s.yMax % 500).toBe(0);
		expect(s.blocks).toBe(0);
	});

	it('shows the blocks on step 3 only', () => {
		expect([0, 1, 2, 3, 4].map((i) => economyState(i).blocks)).toEqual([0, 0, 0, 1, 0]);
	});

	it('tweens through fresh in-between states, the axis top by a constant ratio', () => {
		const f = interpolateEconomyState(economyState(1), economyState(2));
		const a = f(0.5);
		expect(f(0.5)).not.toBe(a);
		expect(a.yMax).toBeCloseTo(Math.sqrt(economyState(1).yMax * economyState(2).yMax), 6);
	});

	it('brings in GDP on the last step', () => {
		expect(economyState(ECONOMY_STEPS - 1).gdp).toBe(1);
		expect(economyState(3).gdp).toBe(0);
	});

	it('clamps -1, NaN and out-of-range steps to real states', () => {
		expect(economyState(-1)).toEqual(economyState(0));
		expect(economyState(Number.NaN)).toEqual(economyState(0));
		expect(economyState(99)).toEqual(economyState(ECONOMY_STEPS - 1));
	});

	it('changes one thing at a time: step 2 the scale (tagged) after step 1, step 3 the blocks after it', () => {
		const [one, two, three] = [1, 2, 3].map(economyState);
		expect(two).toEqual({ ...one, yMax: Y_MAX_2020, newScale: 1 });
		expect(three).toEqual({ ...two, blocks: 1, newScale: 0 });
	});

	it('tags the axis "new scale" on the step right after the 1997 scale, and only there', () => {
		const all = Array.from({ length: ECONOMY_STEPS }, (_, i) => economyState(i));
		expect(all.map((s) => s.newScale)).toEqual([0, 0, 1, 0, 0]);
		// The tag stands where the scale is new: the first step off the 1997 scale.
		const first = all.findIndex((s) => s.yMax !== all[0]!.yMax);
		expect(all[first]!.newScale).toBe(1);
	});

	it('keeps bars inside the drawing area at both layouts', () => {
		for (const id of ['industrialOutput1997', 'industrialOutput2020'] as const) {
			for (const t of [0, 0.5, 1]) {
				const { x, w } = barSlot(id, t);
				expect(x).toBeGreaterThanOrEqual(12);
				expect(x + w).toBeLessThanOrEqual(100);
			}
		}
	});

	it('stacks 43 whole 1997 blocks', () => {
		expect(blockCount()).toBe(43);
	});
});
