import { describe, expect, it } from 'vitest';
import { hostedActive, pinOffset } from './hosted';

describe('hostedActive', () => {
	const tops = [1000, 1600, 2200];

	it('is -1 while the host window is above the first step', () => {
		// The frame starts 200 px down the host window; the line is 500 px deep.
		expect(hostedActive(tops, 200, 500)).toBe(-1);
	});

	it('is the last step whose top has crossed the line', () => {
		expect(hostedActive(tops, -600, 500)).toBe(0);
		expect(hostedActive(tops, -1100, 500)).toBe(1);
		expect(hostedActive(tops, -1700, 500)).toBe(2);
	});

	it('counts a top exactly on the line as crossed', () => {
		expect(hostedActive(tops, -500, 500)).toBe(0);
	});

	it('stays on the last step once past the section', () => {
		expect(hostedActive(tops, -9000, 500)).toBe(2);
	});
});

describe('pinOffset', () => {
	it('leaves the graphic in place before its run reaches the window top', () => {
		expect(pinOffset(300, 3000, 400, 0)).toBe(0);
	});

	it('moves it down as far as the run has gone above the pin line', () => {
		expect(pinOffset(-1200, 3000, 400, 0)).toBe(1200);
		// Side by side it is centred: pinned 222 px down a 844 px window.
		expect(pinOffset(-1200, 3000, 400, 222)).toBe(1422);
	});

	it('stops at the end of the run, so the graphic leaves with its section', () => {
		expect(pinOffset(-5000, 3000, 400, 0)).toBe(2600);
	});

	it('never moves a graphic taller than its run', () => {
		expect(pinOffset(-100, 300, 400, 0)).toBe(0);
	});
});
