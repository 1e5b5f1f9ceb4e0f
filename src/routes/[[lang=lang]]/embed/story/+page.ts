import type { EntryGenerator, PageLoad } from './$types';
import type { Lang } from '$lib/i18n';
import { loadCopy } from '$content/load';

// Both editions: nothing links to the Chinese one, so it is listed here.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'zh' }];

export const load: PageLoad = async ({ params }) => {
	const lang: Lang = params.lang === 'zh' ? 'zh' : 'en';
	return { lang, copy: await loadCopy(lang) };
};
