/**
 * What search engines and share previews are told about the piece: its own
 * dates, who publishes it, the page it is based on, and the share image.
 * Every value a newsroom would change at publication lives here, once.
 */
import type { Lang } from '$lib/i18n';

/**
 * The day this piece was first published (ISO 8601 date), for NewsArticle
 * `datePublished`. Set it to the real publication day when the piece goes out.
 * It is not the source page's date: that page is from 2021 (SOURCE_PAGE).
 */
export const PUBLISHED = '2026-12-02';

/**
 * The last substantive change (`dateModified`): the publication day until
 * the story is corrected or updated; then move it, and say why in the piece.
 */
export const MODIFIED = PUBLISHED;

/**
 * The publisher, named as the byline names the desk in each edition. A
 * placeholder for the newsroom's own name (and, if it wants one in the
 * structured data, its logo): replace both when the piece is published.
 */
export const PUBLISHER: Record<Lang, string> = {
	en: 'The data-graphics desk',
	zh: '数据图表组'
};

/** A reporter of the source page: the name as printed there, and romanised. */
export interface Reporter {
	name: string;
	latin: string;
}

/**
 * The newspaper page every figure comes from (src/lib/data/facts.ts). Undated,
 * its count of years from 1992 and its 2021 lists place it in 2021; the scan
 * names neither the paper nor a web address, so none is given.
 */
export const SOURCE_PAGE = {
	title: '心系库区 倾情帮扶',
	year: '2021',
	inLanguage: 'zh-CN',
	reporters: [
		{ name: '赵童', latin: 'Zhao Tong' },
		{ name: '刘玉珮', latin: 'Liu Yupei' },
		{ name: '夏宇', latin: 'Xia Yu' }
	] satisfies Reporter[]
} as const;

/** The share card, one per edition (src/routes/[[lang=lang]]/share.png). */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** Where each edition's share card is written, from the site root. */
export const SHARE_PATH: Record<Lang, '/share.png' | '/zh/share.png'> = {
	en: '/share.png',
	zh: '/zh/share.png'
};

/** Open Graph locales (language_TERRITORY). The English edition is written in British English. */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_GB', zh: 'zh_CN' };
