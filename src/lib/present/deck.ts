/**
 * The presentation's running order, walked from the story's manifest: a
 * title slide, one slide per step of every scroll section and one per
 * figure, in story order, then a closing slide with the source. Pure data,
 * so the deck page, the speaker view and the tests read one list.
 *
 * Slide ids are what the URL hash holds: a scroll step keeps the story's
 * own anchor (`economy-2`), a figure is named by its chart (`timeline`),
 * and the two ends are `title` and `end`.
 */
import type { Copy } from '$content/types';
import { SPECS } from '$lib/charts/specs';
import type { ChartId } from '$lib/charts/ids';
import { STORY, type Block } from '$lib/story/manifest';
import { stepId } from '$lib/steps/hash';

interface SlideBase {
	/** Its hash (without the #): stable across builds and editions. */
	id: string;
	/** 0-based place in the deck. */
	index: number;
	/**
	 * Slides that share a group share one mounted chart: consecutive steps of
	 * one scroll section, which animate from one to the next as in the story.
	 */
	group: number;
}

export type Slide =
	| (SlideBase & { kind: 'title' })
	| (SlideBase & { kind: 'end' })
	| (SlideBase & {
			kind: 'chart';
			chart: ChartId;
			/** The chart's step on this slide. */
			step: number;
			/** True for a step of a scroll section (it has words of its own). */
			stepped: boolean;
			/** The heading over the slide: its chapter's or section's, as copy. */
			heading?: (c: Copy) => string;
	  });

export type ChartSlide = Extract<Slide, { kind: 'chart' }>;

type Draft =
	{ kind: 'title' | 'end' } | (Omit<ChartSlide, 'index' | 'group' | 'id'> & { id?: string });

function walk(blocks: readonly Block[], heading?: (c: Copy) => string): Draft[][] {
	return blocks.flatMap((b): Draft[][] => {
		switch (b.kind) {
			case 'chapter':
				return walk(b.blocks, b.heading ?? heading);
			case 'prose':
				return [];
			case 'hero':
			case 'figure':
				return [
					[
						{
							kind: 'chart',
							chart: b.chart,
							step: SPECS[b.chart].restStep,
							stepped: false,
							heading
						}
					]
				];
			case 'scrolly': {
				const spec = SPECS[b.chart];
				const own = b.heading ?? heading;
				return [
					Array.from({ length: spec.steps }, (_, step) => ({
						kind: 'chart' as const,
						chart: b.chart,
						step,
						stepped: true,
						heading: own
					}))
				];
			}
		}
	});
}

function draftId(d: Draft): string {
	if (d.kind !== 'chart') return d.kind;
	return d.stepped ? stepId(d.chart, d.step) : d.chart;
}

/** Builds the deck from a running order; throws if two slides would share an id. */
export function buildDeck(blocks: readonly Block[] = STORY): Slide[] {
	const groups: Draft[][] = [[{ kind: 'title' }], ...walk(blocks), [{ kind: 'end' }]];
	const slides: Slide[] = [];
	const seen = new Set<string>();
	groups.forEach((drafts, group) => {
		for (const d of drafts) {
			const id = draftId(d);
			if (seen.has(id)) throw new Error(`Presentation: two slides would be #${id}`);
			seen.add(id);
			slides.push({ ...d, id, index: slides.length, group } as Slide);
		}
	});
	return slides;
}

export const DECK: readonly Slide[] = buildDeck();

/** Slide ids are short and plain: anything else in a hash is not one of ours. */
const SLIDE_HASH = /^#([a-z0-9-]{1,40})$/;

/**
 * The slide a URL hash names, or null for none: an empty, unknown or
 * malformed hash, which opens the first slide. The hash is only ever
 * compared with the deck's own ids, never written into the page.
 */
export function slideFromHash(hash: string, deck: readonly Slide[] = DECK): number | null {
	const m = SLIDE_HASH.exec(hash);
	return m?.[1] ? slideIndex(m[1], deck) : null;
}

/** The index of the slide with this id, or null for none. */
export function slideIndex(id: string, deck: readonly Slide[] = DECK): number | null {
	return deck.find((s) => s.id === id)?.index ?? null;
}

/** Keeps an index on the deck: below the first is the first, past the last the last. */
export function clampSlide(index: number, deck: readonly Slide[] = DECK): number {
	if (!Number.isFinite(index)) return 0;
	return Math.min(deck.length - 1, Math.max(0, Math.trunc(index)));
}

/** The words on a slide: a scroll step's text; figures and the ends have none. */
export function slideText(slide: Slide, copy: Copy): string | undefined {
	if (slide.kind !== 'chart' || !slide.stepped) return undefined;
	return SPECS[slide.chart].stepText?.(copy)[slide.step];
}

/** What the speaker says over a slide, from the edition's content files. */
export function slideNotes(slide: Slide, copy: Copy): string {
	if (slide.kind === 'title') return copy.present.notes.title;
	if (slide.kind === 'end') return copy.present.notes.end;
	return SPECS[slide.chart].notes(copy)[slide.step] ?? '';
}
