/**
 * The two embed codes of EMBED.md, as text a newsroom pastes: a plain iframe
 * (works anywhere, no script) and the pym.js form (the host's pym parent
 * sizes the frame to its content). Pure functions of the target, the edition,
 * the title and the absolute URL, so every escape is unit-tested.
 */
import type { Lang } from '$lib/i18n';
import { embedPath, type EmbedTarget } from './paths';

/**
 * The plain iframe's height, in px, for a column 600 px wide, so a host
 * that never resizes its frames shows the whole chart without a scrollbar
 * there (hosts that listen to the height messages, pym, AMP or Datawrapper,
 * resize from it at once). Measured on the built embed pages, the taller
 * edition plus a little, rounded up to 10 px; embeds.spec.ts holds them to
 * the pages. The story is the flat story's whole height, so it reads in the
 * host's page rather than scrolling inside a box.
 */
export const EMBED_HEIGHTS: Readonly<Record<EmbedTarget, number>> = {
	where: 710,
	economy: 940,
	rebuilding: 910,
	money: 930,
	'industry-firms': 400,
	'industry-panel': 750,
	livelihoods: 940,
	'shuangxi-waffle': 500,
	'shuangxi-change': 610,
	people: 840,
	timeline: 890,
	'known-years': 560,
	story: 26000
};

/**
 * pym.js from NPR's own host, where its documentation points: pasted as is,
 * the code works on a page that has no pym yet, and a page that already
 * loads pym keeps working (the second copy only redefines `pym`).
 */
export const PYM_SRC = 'https://pym.nprapps.org/pym.v1.min.js';

/**
 * pym's throttle between the host's scroll messages for the story, in ms:
 * one a frame, so the embedded story's steps follow the host's scroll as
 * smoothly as on our own page (pym's default is 100).
 */
export const STORY_SCROLL_WAIT = 16;

/** The embed page's absolute URL: origin (no slash), base path ('' or '/a/b'), then the page. */
export function embedUrl(origin: string, base: string, lang: Lang, target: EmbedTarget): string {
	return `${origin}${base}${embedPath(lang, target)}`;
}

/**
 * The pym container's id: stable (a newsroom's page keeps working when we
 * rebuild) and unique per target and edition, so two embeds on one host page
 * never share a container.
 */
export function containerId(target: EmbedTarget, lang: Lang): string {
	return `fuling-embed-${target}-${lang}`;
}

/** Text made safe inside a double- or single-quoted HTML attribute. */
export function escapeAttr(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/**
 * A single-quoted JavaScript string literal that is also safe inside an
 * inline `<script>` (where HTML entities mean nothing): quotes, backslashes
 * and line breaks escaped, and `<` `>` `&` written as \u escapes so no
 * `</script>` or `<!--` can appear in it.
 */
export function jsString(text: string): string {
	const escaped = text.replace(
		/[\\'\n\r\u2028\u2029<>&]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
	return `'${escaped}'`;
}

/** What both codes are made from. */
export interface SnippetInput {
	target: EmbedTarget;
	lang: Lang;
	/** The frame's title (its accessible name on the host page), plain text. */
	title: string;
	/** The embed page's absolute URL (see embedUrl). */
	url: string;
}

/** The plain iframe: no script, the height from EMBED_HEIGHTS. */
export function plainSnippet({ target, title, url }: SnippetInput): string {
	return (
		`<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="100%" ` +
		`height="${EMBED_HEIGHTS[target]}" loading="lazy" style="border:0" allow="fullscreen"></iframe>`
	);
}

/**
 * The pym.js form: a container, pym itself and a parent for the container.
 * The story's parent also tracks the host's scroll, so the embedded story
 * can drive its steps from it (EMBED.md, "Layout inside an auto-height iframe").
 */
export function pymSnippet({ target, lang, title, url }: SnippetInput): string {
	const id = containerId(target, lang);
	const options =
		target === 'story'
			? `{trackscroll: true, scrollwait: ${STORY_SCROLL_WAIT}, title: ${jsString(title)}}`
			: `{title: ${jsString(title)}}`;
	return [
		`<div id="${escapeAttr(id)}"></div>`,
		`<script src="${escapeAttr(PYM_SRC)}"></script>`,
		`<script>new pym.Parent(${jsString(id)}, ${jsString(url)}, ${options})</script>`
	].join('\n');
}
