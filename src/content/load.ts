import type { Lang } from '$lib/i18n';
import type { Copy } from './types';

/**
 * The copy for an edition, loaded on its own: each edition is a chunk of its
 * own, so a reader's browser fetches and parses only the words of the page it
 * is on (about half the story's script), never the other edition's. Pages get
 * it from their load function; node code (tests, the share card) can use
 * copyFor in index.ts, which has both at hand.
 */
export async function loadCopy(lang: Lang): Promise<Copy> {
	return lang === 'zh' ? (await import('./zh/index')).zh : (await import('./en/index')).en;
}
