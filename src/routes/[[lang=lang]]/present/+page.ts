import type { EntryGenerator, PageLoad } from './$types';
import type { Lang } from '$lib/i18n';
import { loadCopy } from '$content/load';

// Both editions. One page each: the slide is the URL hash, read in the browser.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'zh' }];

export const load: PageLoad = async ({ params }) => {
	const lang: Lang = params.lang === 'zh' ? 'zh' : 'en';
	return { lang, copy: await loadCopy(lang) };
};
