import type { Lang } from '$lib/i18n';
import type { Copy } from './types';
import { en } from './en/index';

export type { Copy } from './types';

const EDITIONS: Partial<Record<Lang, Copy>> = { en };

/** The copy for an edition; English until the Chinese file lands. */
export function copyFor(lang: Lang): Copy {
	return EDITIONS[lang] ?? en;
}
