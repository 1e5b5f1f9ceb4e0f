/**
 * The running order of the piece, as data: prose, static figures and scroll
 * sections, grouped into anchored chapters. The story page renders it with
 * one loop (StoryBlocks.svelte); slides and embeds walk the same list. Copy
 * is picked by a function of the edition's copy, so a missing or renamed key
 * is a type error, and charts are named by their registry id.
 */
import type { Copy } from '$content/types';
import type { ChartId } from '$lib/charts/ids';

export type Block =
	/** Body paragraphs in the text column. */
	| { kind: 'prose'; text: (c: Copy) => string[] }
	/** The opening visual: a chart drawn once, wide, right under the headline. */
	| { kind: 'hero'; chart: ChartId }
	/** A chart drawn once, at its rest step, in the text column. */
	| { kind: 'figure'; chart: ChartId }
	/** A chart driven by its step texts (sticky beside them, or unrolled flat). */
	| { kind: 'scrolly'; chart: ChartId; heading?: (c: Copy) => string }
	/** An anchored section (`<section id data-chapter>`) with an optional h2. */
	| { kind: 'chapter'; id: string; heading?: (c: Copy) => string; blocks: Block[] };

const prose = (text: (c: Copy) => string[]): Block => ({ kind: 'prose', text });
const figure = (chart: ChartId): Block => ({ kind: 'figure', chart });

export const STORY: readonly Block[] = [
	{ kind: 'hero', chart: 'where' },
	prose((c) => c.intro),
	{
		kind: 'chapter',
		id: 'where',
		heading: (c) => c.where.heading,
		blocks: [prose((c) => c.where.paragraphs)]
	},
	prose((c) => c.pairing),
	// The timeline frames the story early: the years the rest of it moves through.
	{
		kind: 'chapter',
		id: 'timeline',
		heading: (c) => c.timeline.heading,
		blocks: [prose((c) => c.timeline.paragraphs), figure('timeline')]
	},
	{ kind: 'scrolly', chart: 'economy', heading: (c) => c.economy.heading },
	prose((c) => c.between),
	{ kind: 'scrolly', chart: 'rebuilding', heading: (c) => c.rebuilding.heading },
	{
		kind: 'chapter',
		id: 'money',
		heading: (c) => c.money.heading,
		blocks: [prose((c) => c.money.lead), { kind: 'scrolly', chart: 'money' }]
	},
	{
		kind: 'chapter',
		id: 'industry',
		heading: (c) => c.industry.heading,
		blocks: [
			prose((c) => c.industry.paragraphs),
			figure('industry-firms'),
			prose((c) => c.industry.after),
			figure('industry-panel')
		]
	},
	{
		kind: 'chapter',
		id: 'livelihoods',
		heading: (c) => c.livelihoods.heading,
		blocks: [prose((c) => c.livelihoods.paragraphs), { kind: 'scrolly', chart: 'livelihoods' }]
	},
	{
		kind: 'chapter',
		id: 'shuangxi',
		heading: (c) => c.shuangxi.heading,
		blocks: [
			prose((c) => c.shuangxi.paragraphs),
			figure('shuangxi-waffle'),
			prose((c) => c.shuangxi.renovation),
			figure('shuangxi-change'),
			prose((c) => c.shuangxi.programme)
		]
	},
	{
		kind: 'chapter',
		id: 'people',
		heading: (c) => c.people.heading,
		blocks: [prose((c) => c.people.paragraphs), figure('people')]
	},
	// The closing image: the two years the page gives, and every year it does not.
	{
		kind: 'chapter',
		id: 'known-years',
		heading: (c) => c.knownYears.heading,
		blocks: [figure('known-years'), prose((c) => c.outro)]
	}
];

/** Every block in reading order, chapters opened. */
export function flatBlocks(blocks: readonly Block[] = STORY): Block[] {
	return blocks.flatMap((b) => (b.kind === 'chapter' ? [b, ...flatBlocks(b.blocks)] : [b]));
}

/** The charts in reading order, each with how the story shows it. */
export function storyCharts(
	blocks: readonly Block[] = STORY
): { chart: ChartId; scrolly: boolean }[] {
	return flatBlocks(blocks).flatMap((b) =>
		b.kind === 'hero' || b.kind === 'figure' || b.kind === 'scrolly'
			? [{ chart: b.chart, scrolly: b.kind === 'scrolly' }]
			: []
	);
}
