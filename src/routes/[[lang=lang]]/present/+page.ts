import type { EntryGenerator, PageLoad } from './$types';
import type { Lang } from '$lib/i18n';

// Both editions. One page each: the slide is the URL hash, read in the browser.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'zh' }];

export const load: PageLoad = ({ params }) => ({
	lang: (params.lang === 'zh' ? 'zh' : 'en') as Lang
});
