import { describe, expect, it } from 'vitest';
import { placeAnchor } from './place';

const H = 800;

describe('placeAnchor', () => {
	it('gives the active step of the scrolly section across the middle of the window', () => {
		const scrollies = [
			{ id: 'economy', top: -3000, bottom: -100, active: 3 },
			{ id: 'money', top: -500, bottom: 2000, active: 2 }
		];
		expect(placeAnchor(scrollies, [], H)).toBe('money-2');
	});

	it('gives the first step when the section is on screen before its first step fires', () => {
		expect(placeAnchor([{ id: 'money', top: 300, bottom: 3000, active: -1 }], [], H)).toBe(
			'money-0'
		);
	});

	it('falls back to the last chapter whose top has passed the middle', () => {
		const chapters = [
			{ id: 'where', top: -4000, bottom: -3000 },
			{ id: 'shuangxi', top: 200, bottom: 900 },
			{ id: 'people', top: 700, bottom: 1500 }
		];
		expect(placeAnchor([], chapters, H)).toBe('shuangxi');
	});

	it('gives nothing at the top of the page', () => {
		expect(placeAnchor([], [{ id: 'where', top: 900, bottom: 1200 }], H)).toBeNull();
	});
});
