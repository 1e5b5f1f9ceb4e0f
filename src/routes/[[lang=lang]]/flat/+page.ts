import type { PageLoad } from './$types';
import type { Lang } from '$lib/i18n';

export const load: PageLoad = ({ params }) => ({ lang: (params.lang ?? 'en') as Lang });
