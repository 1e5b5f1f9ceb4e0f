/**
 * Where the presentation lives: `/present/` and its speaker view
 * `/present/speaker/`, each edition's under its own prefix (`/zh/present/`).
 */
import type { Lang } from '$lib/i18n';
import type { Pathname } from '$app/types';

export function presentPath(lang: Lang, view: 'deck' | 'speaker' = 'deck'): Pathname {
	const prefix = lang === 'zh' ? '/zh' : '';
	// A path of the present routes, typed so resolve() takes it (and adds the base).
	return `${prefix}/present/${view === 'speaker' ? 'speaker/' : ''}` as Pathname;
}
