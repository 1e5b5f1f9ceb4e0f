import { describe, expect, it } from 'vitest';
import { median, quantile, summarizeRuns, type LighthouseRun } from './stats';

describe('quantile', () => {
	it('interpolates between ranks and takes any order', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
		expect(quantile([5], 0.95)).toBe(5);
	});
	it('is NaN for no values, never a made-up zero', () => {
		expect(median([])).toBeNaN();
	});
});

const run = (perf: number, tbt: number, cls: number): LighthouseRun => ({
	categories: {
		performance: { score: perf },
		accessibility: { score: 1 },
		'best-practices': { score: 1 },
		seo: { score: null }
	},
	audits: {
		'largest-contentful-paint': { numericValue: 1000 + tbt },
		'total-blocking-time': { numericValue: tbt },
		'cumulative-layout-shift': { numericValue: cls },
		'speed-index': { numericValue: 2000 }
	}
});

describe('summarizeRuns', () => {
	it('takes each figure’s median on its own', () => {
		const s = summarizeRuns([run(0.9, 300, 0.0004), run(0.95, 100, 0.2), run(0.8, 200, 0.01)]);
		expect(s.performance).toBe(90);
		expect(s.tbtMs).toBe(200);
		expect(s.lcpMs).toBe(1200);
		expect(s.cls).toBe(0.01);
		expect(s.accessibility).toBe(100);
		expect(s.seo).toBeNull();
	});
	it('refuses no runs', () => {
		expect(() => summarizeRuns([])).toThrow(/no Lighthouse runs/);
	});
});
