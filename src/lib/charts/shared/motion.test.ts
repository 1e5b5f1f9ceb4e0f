import { describe, expect, it } from 'vitest';
import { interpolateState } from './motion';

describe('interpolateState', () => {
	const a = { yMax: 46, bar: 0 };
	const b = { yMax: 2000, bar: 1 };

	it('returns a new object on every frame, so a Tween sees every change', () => {
		const f = interpolateState<typeof a>()(a, b);
		const first = f(0.25);
		const second = f(0.5);
		expect(second).not.toBe(first);
		// The earlier frame is not overwritten by the later one.
		expect(first.bar).toBeCloseTo(0.25);
		expect(second.bar).toBeCloseTo(0.5);
	});

	it('passes through in-between values and lands on both ends', () => {
		const f = interpolateState<typeof a>()(a, b);
		expect(f(0)).toEqual(a);
		expect(f(1)).toEqual(b);
		const mid = f(0.5);
		expect(mid.yMax).toBeGreaterThan(46);
		expect(mid.yMax).toBeLessThan(2000);
	});

	it('moves geometric keys by a constant ratio', () => {
		const f = interpolateState<typeof a>(['yMax'])(a, b);
		expect(f(0.5).yMax).toBeCloseTo(Math.sqrt(46 * 2000), 6);
		expect(f(0.5).bar).toBeCloseTo(0.5);
		expect(f(1).yMax).toBeCloseTo(2000, 9);
	});

	it('falls back to linear when a geometric end is not positive', () => {
		const f = interpolateState<typeof a>(['yMax'])({ yMax: 0, bar: 0 }, b);
		expect(f(0.5).yMax).toBeCloseTo(1000);
	});

	it('never mutates its inputs', () => {
		const from = { ...a };
		interpolateState<typeof a>()(from, b)(0.7);
		expect(from).toEqual(a);
	});
});
