import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts/ids';
import { SPECS } from '$lib/charts/specs';
import { storyCharts } from './manifest';

describe('the story manifest', () => {
	it('shows every chart exactly once', () => {
		const ids = storyCharts().map((c) => c.chart);
		expect([...ids].sort()).toEqual([...CHART_IDS].sort());
	});

	it('scrolls exactly the charts that have step texts, and only those', () => {
		for (const { chart, scrolly } of storyCharts()) {
			expect(Boolean(SPECS[chart].stepText), chart).toBe(scrolly);
			if (!scrolly) expect(SPECS[chart].steps, chart).toBe(1);
		}
	});
});
