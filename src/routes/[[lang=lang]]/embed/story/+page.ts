import type { EntryGenerator, PageLoad } from './$types';
import type { Lang } from '$lib/i18n';

// Both editions: nothing links to the Chinese one, so it is listed here.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'zh' }];

export const load: PageLoad = ({ params }) => ({
	lang: (params.lang === 'zh' ? 'zh' : 'en') as Lang
});
