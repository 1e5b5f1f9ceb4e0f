/**
 * Absolute URLs for crawlers and share previews. They need the public origin
 * (PUBLIC_ORIGIN): without it there is no absolute URL, and the tags that
 * must be absolute (canonical, hreflang, og:url, og:image) are left out
 * rather than written relative, which crawlers read as errors.
 */
import { LANGS, type Lang } from '$lib/i18n';

/**
 * `path` (already under the base, '/graphics/2021/fuling/zh/') on `origin`
 * ('https://graphics.example.com'), or undefined when the origin is unknown.
 * A path must start at the root: a relative one has no single meaning.
 */
export function absoluteUrl(origin: string, path: string): string | undefined {
	if (!path.startsWith('/')) throw new Error(`absoluteUrl: "${path}" is not a root-relative path`);
	if (!origin) return undefined;
	return new URL(path, origin).href;
}

/** One edition's story page and share card, as paths under the base. */
export interface EditionPaths {
	story: string;
	share: string;
}

/** Every edition's paths, made with the app's resolve() (which adds the base). */
export type SitePaths = Record<Lang, EditionPaths>;

/** An edition's page for hreflang: its BCP 47 tag and absolute URL. */
export interface Alternate {
	hreflang: string;
	href: string;
}

/**
 * The hreflang set every edition lists (itself included), plus x-default,
 * which sends readers of any other language to the English edition.
 */
export function alternates(
	origin: string,
	paths: SitePaths,
	tag: (lang: Lang) => string
): Alternate[] {
	if (!origin) return [];
	const list = LANGS.map((lang) => ({
		hreflang: tag(lang),
		href: absoluteUrl(origin, paths[lang].story) as string
	}));
	return [...list, { hreflang: 'x-default', href: absoluteUrl(origin, paths.en.story) as string }];
}
