import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts/ids';
import { storyCharts } from '$lib/story/manifest';
import { storyAnchor } from './story-link';

describe('storyAnchor', () => {
	it("points a scroll section's step at the story's step id", () => {
		expect(storyAnchor('economy', 2)).toBe('economy-2');
		expect(storyAnchor('money', 0)).toBe('money-0');
	});

	it("points a static figure at the figure's own anchor", () => {
		expect(storyAnchor('industry-firms', 0)).toBe('industry-firms-figure');
	});

	it('points the opening visual at the top of the page', () => {
		expect(storyAnchor('where', 0)).toBeNull();
	});

	it('knows every chart the story shows', () => {
		const shown = storyCharts().map((c) => c.chart);
		expect(shown.toSorted()).toEqual([...CHART_IDS].toSorted());
	});
});
