import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts/ids';
import { SPECS } from '$lib/charts/specs';
import { en } from '$content/en';
import { STORY, flatBlocks, storyCharts } from './manifest';

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

	it('frames the story with the timeline, right after the pairing prose', () => {
		const i = STORY.findIndex((b) => b.kind === 'prose' && b.text(en) === en.pairing);
		expect(i).toBeGreaterThan(-1);
		const next = STORY[i + 1]!;
		expect(next.kind === 'chapter' && next.id).toBe('timeline');
		// Before any scroll section: the frame comes before the story it frames.
		const charts = storyCharts().map((c) => c.chart);
		expect(charts.indexOf('timeline')).toBeLessThan(charts.indexOf('economy'));
	});

	it('ends on the known-years figure, then the closing words', () => {
		const last = STORY.at(-1)!;
		expect(last.kind === 'chapter' && last.id).toBe('known-years');
		expect(storyCharts().at(-1)!.chart).toBe('known-years');
		const tail = flatBlocks().slice(-2);
		expect(tail[0]).toEqual({ kind: 'figure', chart: 'known-years' });
		expect(tail[1]!.kind === 'prose' && tail[1]!.text(en)).toEqual(en.outro);
	});
});
