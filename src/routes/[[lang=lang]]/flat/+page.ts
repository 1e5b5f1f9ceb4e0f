import type { PageLoad } from './$types';
import type { Lang } from '$lib/i18n';
import { loadCopy } from '$content/load';

export const load: PageLoad = async ({ params }) => {
	const lang = (params.lang ?? 'en') as Lang;
	return { lang, copy: await loadCopy(lang) };
};
