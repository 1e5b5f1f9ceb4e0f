import type { PageLoad } from './$types';
import type { Lang } from '$lib/i18n';
import { loadCopy } from '$content/load';

// The edition comes from the path: /zh/ is Chinese, the bare root English.
export const load: PageLoad = async ({ params }) => {
	const lang = (params.lang ?? 'en') as Lang;
	return { lang, copy: await loadCopy(lang) };
};
