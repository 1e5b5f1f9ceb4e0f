import { describe, expect, it } from 'vitest';
import { formatClock, formatElapsed, resetTimer, timerStart } from './timer';

function memory(): Storage {
	const m = new Map<string, string>();
	return {
		getItem: (k) => m.get(k) ?? null,
		setItem: (k, v) => void m.set(k, v),
		removeItem: (k) => void m.delete(k),
		clear: () => m.clear(),
		key: () => null,
		get length() {
			return m.size;
		}
	};
}

describe('the speaker timer', () => {
	it('writes minutes and seconds, and hours past the hour', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(61_500)).toBe('1:01');
		expect(formatElapsed(3_725_000)).toBe('1:02:05');
		expect(formatElapsed(-5)).toBe('0:00');
	});
	it('keeps its start across a reload, and restarts when asked', () => {
		const s = memory();
		expect(timerStart(1000, s)).toBe(1000);
		expect(timerStart(5000, s)).toBe(1000);
		expect(resetTimer(7000, s)).toBe(7000);
		expect(timerStart(9000, s)).toBe(7000);
	});
	it('ignores a stored start that is not a past time', () => {
		const s = memory();
		s.setItem('fuling-present:timer-start', 'soon');
		expect(timerStart(2000, s)).toBe(2000);
		s.setItem('fuling-present:timer-start', '99999');
		expect(timerStart(3000, s)).toBe(3000);
	});
	it('writes the clock in each edition', () => {
		const d = new Date(2026, 0, 1, 15, 7);
		expect(formatClock(d, 'en')).toMatch(/03:07|3:07/);
		expect(formatClock(d, 'zh')).toMatch(/15:07/);
	});
});
