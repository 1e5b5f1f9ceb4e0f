import type { PageLoad } from './$types';
import type { Lang } from '$lib/i18n';

// The edition comes from the path: /zh/ is Chinese, the bare root English.
export const load: PageLoad = ({ params }) => ({ lang: (params.lang ?? 'en') as Lang });
