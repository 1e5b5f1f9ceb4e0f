/** The story's and the share cards' paths under the base, for the head, sitemap and robots. */
import { resolve } from '$app/paths';
import { EDITION_PATH } from '$lib/i18n';
import { SHARE_PATH } from './site';
import type { SitePaths } from './urls';

export function sitePaths(): SitePaths {
	return {
		en: { story: resolve(EDITION_PATH.en), share: resolve(SHARE_PATH.en) },
		zh: { story: resolve(EDITION_PATH.zh), share: resolve(SHARE_PATH.zh) }
	};
}
