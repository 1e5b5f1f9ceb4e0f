import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, stepAnnouncer } from './announce';

describe('stepAnnouncer', () => {
	let said: number[];
	const make = () => stepAnnouncer((s) => said.push(s));

	beforeEach(() => {
		said = [];
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('waits between 400 and 600 ms', () => {
		expect(SETTLE_MS).toBeGreaterThanOrEqual(400);
		expect(SETTLE_MS).toBeLessThanOrEqual(600);
	});

	it('says a step once it has stayed active for the settle time, not before', () => {
		const a = make();
		a.update(2);
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(said).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(said).toEqual([2]);
	});

	it('says only the step a fast scroll stops at', () => {
		const a = make();
		for (const step of [0, 1, 2, 3]) {
			a.update(step);
			vi.advanceTimersByTime(50);
		}
		vi.advanceTimersByTime(SETTLE_MS);
		expect(said).toEqual([3]);
	});

	it('does not say the same step twice in a row, nor one the reader came straight back to', () => {
		const a = make();
		a.update(1);
		vi.advanceTimersByTime(SETTLE_MS);
		a.update(1);
		vi.advanceTimersByTime(SETTLE_MS);
		a.update(2);
		vi.advanceTimersByTime(100);
		a.update(1);
		vi.advanceTimersByTime(SETTLE_MS * 2);
		expect(said).toEqual([1]);
		a.update(2);
		vi.advanceTimersByTime(SETTLE_MS);
		expect(said).toEqual([1, 2]);
	});

	it('says nothing above the first step, and meets the section anew on the way back in', () => {
		const a = make();
		a.update(-1);
		vi.advanceTimersByTime(SETTLE_MS * 2);
		expect(said).toEqual([]);
		a.update(0);
		vi.advanceTimersByTime(SETTLE_MS);
		a.update(-1);
		vi.advanceTimersByTime(SETTLE_MS);
		a.update(0);
		vi.advanceTimersByTime(SETTLE_MS);
		expect(said).toEqual([0, 0]);
	});

	it('says nothing once cancelled', () => {
		const a = make();
		a.update(3);
		a.cancel();
		vi.advanceTimersByTime(SETTLE_MS * 2);
		expect(said).toEqual([]);
	});
});
