import type { Lang } from '$lib/i18n';
import type { Copy } from './types';
import { en } from './en/index';
import { zh } from './zh/index';

export type { Copy } from './types';

const EDITIONS: Record<Lang, Copy> = { en, zh };

/** The copy for an edition. */
export function copyFor(lang: Lang): Copy {
	return EDITIONS[lang];
}
