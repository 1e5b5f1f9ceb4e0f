/**
 * The story as schema.org NewsArticle structured data, and its safe
 * serialisation into a <script type="application/ld+json">.
 */
import type { Lang } from '$lib/i18n';
import { MODIFIED, PUBLISHED, PUBLISHER, SOURCE_PAGE } from './site';

export interface ArticleInput {
	lang: Lang;
	/** The BCP 47 tag of the edition ('zh-CN'). */
	inLanguage: string;
	headline: string;
	description: string;
	/** Absolute URL of the edition, when the origin is known. */
	url?: string;
	/** Absolute URL of the share card, when the origin is known. */
	image?: { url: string; width: number; height: number };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The edition as a NewsArticle. Its text and graphics are the desk's, so the
 * author and publisher are the desk; the figures come from one newspaper page,
 * credited as `isBasedOn` with its three reporters as authors, as the story's
 * own credits name them.
 */
export function newsArticle(input: ArticleInput): { [key: string]: Json } {
	const desk = { '@type': 'Organization', name: PUBLISHER[input.lang] };
	const article: { [key: string]: Json } = {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: input.headline,
		description: input.description,
		inLanguage: input.inLanguage,
		datePublished: PUBLISHED,
		dateModified: MODIFIED,
		author: desk,
		publisher: desk,
		isBasedOn: {
			'@type': 'NewsArticle',
			headline: SOURCE_PAGE.title,
			inLanguage: SOURCE_PAGE.inLanguage,
			datePublished: SOURCE_PAGE.year,
			author: SOURCE_PAGE.reporters.map((r) => ({
				'@type': 'Person',
				name: r.name,
				alternateName: r.latin
			}))
		}
	};
	if (input.url) {
		article.url = input.url;
		article.mainEntityOfPage = { '@type': 'WebPage', '@id': input.url };
	}
	if (input.image) {
		article.image = {
			'@type': 'ImageObject',
			url: input.image.url,
			width: input.image.width,
			height: input.image.height
		};
	}
	return article;
}

/**
 * JSON for inside a <script> element. `<` is written as \u003c, so no string
 * in it can close the element (`</script>`) or open a comment (`<!--`); `>`
 * and `&` likewise, and the two line separators JavaScript once refused in
 * strings. The result still parses to the same value.
 */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
