/**
 * Where a chart sits in the full story, as the anchor an embed links back
 * to: a scroll section's step (`economy-2`, the story's own step ids), a
 * static figure's own anchor, or the top of the page for the opening visual.
 */
import type { ChartId } from '$lib/charts/ids';
import { flatBlocks, STORY } from '$lib/story/manifest';
import { stepId } from '$lib/steps/hash';

/** The id FigureBlock gives a static figure's wrapper. */
export function figureAnchor(chart: ChartId): string {
	return `${chart}-figure`;
}

/** The anchor of a chart at a step in the story, or null for the top of the page. */
export function storyAnchor(chart: ChartId, step: number): string | null {
	const block = flatBlocks(STORY).find(
		(b) => (b.kind === 'hero' || b.kind === 'figure' || b.kind === 'scrolly') && b.chart === chart
	);
	if (!block || block.kind === 'hero') return null;
	return block.kind === 'scrolly' ? stepId(chart, step) : figureAnchor(chart);
}
