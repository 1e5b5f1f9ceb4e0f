import { describe, expect, it } from 'vitest';
import { val } from '$lib/data';
import { BASE, PLOT_H, TOP, VIEW_H, emptyRun, slots, tickYears } from './layout';

describe('the known-years slots', () => {
	const all = slots();

	it('has one slot per year from 1997 to 2020: 24 of them, in order', () => {
		expect(all).toHaveLength(24);
		expect(all.map((s) => s.year)).toEqual(Array.from({ length: 24 }, (_, i) => 1997 + i));
	});

	it('fills exactly two, 1997 and 2020, with the output figures of those years', () => {
		const filled = all.filter((s) => s.fact !== null);
		expect(filled.map((s) => [s.year, s.fact])).toEqual([
			[1997, 'industrialOutput1997'],
			[2020, 'industrialOutput2020']
		]);
		// Every other slot holds no bar at all: nothing is estimated.
		for (const s of all.filter((s) => s.fact === null)) expect(s.barH).toBe(0);
	});

	it('draws the two bars to one scale, from the same baseline', () => {
		const [a, b] = all.filter((s) => s.fact !== null);
		expect(b!.barH).toBeCloseTo(PLOT_H, 9);
		expect(a!.barH / b!.barH).toBeCloseTo(
			val('industrialOutput1997') / val('industrialOutput2020'),
			9
		);
		for (const s of [a!, b!]) expect(s.barY + s.barH).toBeCloseTo(BASE, 9);
		expect(TOP).toBeGreaterThan(0);
		expect(BASE).toBeLessThan(VIEW_H);
	});

	it('spaces the slots evenly inside the viewBox, none touching', () => {
		const pitch = all[1]!.x - all[0]!.x;
		for (let i = 1; i < all.length; i++) {
			expect(all[i]!.x - all[i - 1]!.x).toBeCloseTo(pitch, 9);
			expect(all[i]!.x).toBeGreaterThan(all[i - 1]!.x + all[i - 1]!.width);
		}
		expect(all[0]!.x).toBeGreaterThanOrEqual(0);
		expect(all.at(-1)!.x + all.at(-1)!.width).toBeLessThanOrEqual(100);
	});

	it('brackets the 22 empty years, from 1998’s slot to 2019’s', () => {
		const run = emptyRun(all);
		expect(run.years).toBe(22);
		expect(run.x0).toBe(all[1]!.x);
		expect(run.x1).toBeCloseTo(all[22]!.x + all[22]!.width, 9);
	});

	it('names every fifth year between, but none next to a known year', () => {
		expect(tickYears()).toEqual([2005, 2010, 2015]);
	});
});
