/**
 * The story's <head> for search and sharing, as data: StoryMeta.svelte
 * writes it out, the tests read it. With the public origin known it has the
 * absolute canonical, hreflang, og:url and image tags; without one, only the
 * tags that are right with no origin (title, description, type, card).
 */
import { htmlLang, otherLang, type Lang } from '$lib/i18n';
import { absoluteUrl, alternates, type SitePaths } from './urls';
import { newsArticle } from './jsonld';
import { OG_LOCALE, PUBLISHER, SHARE_IMAGE } from './site';

export interface HeadInput {
	lang: Lang;
	/** Plain text (figure tokens already resolved). */
	title: string;
	description: string;
	/** The share card's alt text, plain. */
	imageAlt: string;
	/** PUBLIC_ORIGIN, or '' when it was not set. */
	origin: string;
	paths: SitePaths;
}

/** <meta name=…> or <meta property=…> (Open Graph uses property). */
export interface MetaTag {
	attr: 'name' | 'property';
	key: string;
	content: string;
}

export interface LinkTag {
	rel: string;
	href: string;
	hreflang?: string;
}

export interface Head {
	title: string;
	meta: MetaTag[];
	links: LinkTag[];
	jsonLd: ReturnType<typeof newsArticle>;
}

const name = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
const property = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });

export function storyHead(input: HeadInput): Head {
	const { lang, title, description, origin, paths } = input;
	const url = absoluteUrl(origin, paths[lang].story);
	const image = absoluteUrl(origin, paths[lang].share);
	const meta: MetaTag[] = [
		name('description', description),
		property('og:type', 'article'),
		property('og:site_name', PUBLISHER[lang]),
		property('og:title', title),
		property('og:description', description),
		property('og:locale', OG_LOCALE[lang]),
		property('og:locale:alternate', OG_LOCALE[otherLang(lang)])
	];
	if (url) meta.push(property('og:url', url));
	if (image) {
		meta.push(
			property('og:image', image),
			property('og:image:type', SHARE_IMAGE.type),
			property('og:image:width', String(SHARE_IMAGE.width)),
			property('og:image:height', String(SHARE_IMAGE.height)),
			property('og:image:alt', input.imageAlt)
		);
	}
	// A large card when there is an image to show, the small one otherwise.
	meta.push(name('twitter:card', image ? 'summary_large_image' : 'summary'));
	meta.push(name('twitter:title', title), name('twitter:description', description));
	if (image) meta.push(name('twitter:image', image), name('twitter:image:alt', input.imageAlt));

	const links: LinkTag[] = [];
	if (url) links.push({ rel: 'canonical', href: url });
	for (const alt of alternates(origin, paths, htmlLang)) links.push({ rel: 'alternate', ...alt });

	const jsonLd = newsArticle({
		lang,
		inLanguage: htmlLang(lang),
		headline: title,
		description,
		url,
		image: image ? { url: image, width: SHARE_IMAGE.width, height: SHARE_IMAGE.height } : undefined
	});
	return { title, meta, links, jsonLd };
}
