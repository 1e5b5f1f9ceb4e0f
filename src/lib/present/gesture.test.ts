import { describe, expect, it } from 'vitest';
import { readGesture } from './gesture';

const at = (x0: number, x1: number, y0 = 300, y1 = y0) =>
	readGesture({ x0, y0, x1, y1, width: 1000 });

describe('touch on the slides', () => {
	it('goes on with a swipe left and back with a swipe right', () => {
		expect(at(800, 500)).toBe('next');
		expect(at(300, 600)).toBe('prev');
	});
	it('reads a mostly vertical stroke as no swipe', () => {
		expect(at(500, 440, 100, 400)).toBeNull();
	});
	it('goes on with a tap on the right edge and back on the left, and ignores the middle', () => {
		expect(at(950, 952)).toBe('next');
		expect(at(40, 41)).toBe('prev');
		expect(at(500, 500)).toBeNull();
	});
});
