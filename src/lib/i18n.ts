/** The editions the story is published in. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for <html lang> and hreflang. */
export function htmlLang(lang: Lang): string {
	return lang === 'zh' ? 'zh-CN' : 'en';
}

/** English lives at /, Chinese under /zh/. Anything else falls back to English. */
export function langFromPath(pathname: string): Lang {
	return /^\/zh(\/|$)/.test(pathname) ? 'zh' : 'en';
}

/** Where each edition lives, relative to the site root. */
export const EDITION_PATH: Record<Lang, '/' | '/zh/'> = { en: '/', zh: '/zh/' };

/** Each edition's name, written in its own language for the switch. */
export const LANG_NAME: Record<Lang, string> = { en: 'English', zh: '中文' };

export function otherLang(lang: Lang): Lang {
	return lang === 'en' ? 'zh' : 'en';
}

/** Starts the notes line of every chart caption (the source line says "Source:" itself). */
export const NOTE_LABEL: Record<Lang, string> = { en: 'Note:', zh: '注：' };
