/**
 * Where the embeddable pages live, relative to the site root (resolve() adds
 * the base path): `/embed/<chart>/`, a page per step of a stepped chart
 * (`/embed/economy/2/`), and the whole story at `/embed/story/`; the Chinese
 * edition has each under `/zh/`. One module, so the routes, the embed codes
 * and the tests cannot disagree.
 */
import { CHART_IDS, type ChartId } from '$lib/charts/ids';
import type { Lang } from '$lib/i18n';
import type { Pathname } from '$app/types';

/** What can be embedded: one chart, or the whole story. */
export type EmbedTarget = ChartId | 'story';

export const EMBED_TARGETS: readonly EmbedTarget[] = [...CHART_IDS, 'story'];

export function isEmbedTarget(value: string): value is EmbedTarget {
	return (EMBED_TARGETS as readonly string[]).includes(value);
}

/** The embed page of a chart (at one step, if given) or of the story, for an edition. */
export function embedPath(lang: Lang, target: EmbedTarget, step?: number): Pathname {
	const prefix = lang === 'zh' ? '/zh' : '';
	const at = step === undefined ? '' : `${step}/`;
	// A path of the embed routes, typed so resolve() takes it (and adds the base).
	return `${prefix}/embed/${target}/${at}` as Pathname;
}
