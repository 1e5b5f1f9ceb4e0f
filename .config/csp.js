// The one Content Security Policy of the site. svelte.config.js gives it to
// SvelteKit (kit.csp, hash mode), which writes it into every prerendered page
// as a <meta http-equiv> with the hashes of its own inline boot script added;
// static/_headers sends it as a response header too (headerPolicy below), and
// tests/e2e/subpath.spec.ts holds both to this module, so they cannot drift.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Nothing is loaded from another origin (README: no CDN, no analytics, the
 * one web font self-hosted), so every fetch directive is 'self' or 'none'.
 *
 * - script-src: no 'unsafe-inline'. Kit adds the hash of each page's boot
 *   script; appHtmlScriptHashes() adds the one inline script of src/app.html.
 *   script-src-attr 'none': no inline event handlers (onclick=...), ever.
 * - style-src keeps 'unsafe-inline' for style attributes: Svelte's server
 *   render writes thousands of them (style="top: 80.2%", "--aspect: 1.1").
 *   A hash or nonce in style-src would make browsers ignore 'unsafe-inline'
 *   and block them all, so no hash goes there. style-src-elem 'self' blocks
 *   inline <style> elements in browsers that know it (the site has none; a
 *   browser that does not know it falls back to style-src and still renders).
 * - img-src 'self' only: no page uses a data: image (the CSS, HTML and
 *   scripts hold none), so data: is not allowed.
 * - frame-ancestors is a header-only directive (browsers ignore it in a
 *   <meta>, and kit leaves it out of one): see headerPolicy.
 * @type {Record<string, string[]>}
 */
export const DIRECTIVES = {
	// In the order kit writes them, so the meta and the header read alike.
	'default-src': ['self'],
	'connect-src': ['self'],
	'font-src': ['self'],
	'img-src': ['self'],
	'object-src': ['none'],
	'script-src': ['self'],
	'script-src-attr': ['none'],
	'style-src': ['self', 'unsafe-inline'],
	'style-src-elem': ['self'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/** Keywords kit quotes, as CSP wants them ('self'); hosts and schemes stay bare. */
const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);

/** @param {string} source */
const quote = (source) =>
	KEYWORDS.has(source) || /^sha(256|384|512)-/.test(source) ? `'${source}'` : source;

/** @param {Record<string, string[]>} directives */
export function serialize(directives) {
	return Object.entries(directives)
		.map(([name, sources]) => [name, ...sources.map(quote)].join(' '))
		.join('; ');
}

/**
 * The sha256 sources of every inline <script> in src/app.html (the reader's
 * "animation off" before the first paint). Kit hashes only the scripts it
 * writes itself, so these are computed here from the file as it is now, and
 * a changed script can never be left out of the policy. Throws when there is
 * none: a policy built without it would block the script on every page.
 * @param {string} file path of app.html
 * @returns {`sha256-${string}`[]}
 */
export function appHtmlScriptHashes(file) {
	const html = readFileSync(file, 'utf8');
	const inline = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter(
		([, attributes = '']) => !/\ssrc\s*=/.test(attributes)
	);
	if (inline.length === 0) {
		throw new Error(
			`CSP: no inline <script> found in ${file}; the policy expects the motion script there ` +
				'(src/lib/motion/preference.ts). Update .config/csp.js if it has moved.'
		);
	}
	return inline.map(([, , body = '']) => {
		const digest = createHash('sha256').update(body, 'utf8').digest('base64');
		return /** @type {`sha256-${string}`} */ (`sha256-${digest}`);
	});
}

/**
 * The policy of a page as kit.csp takes it: DIRECTIVES with the app.html
 * hashes in script-src (kit adds its own per page).
 * @param {string} appHtml path of src/app.html
 */
export function metaDirectives(appHtml) {
	return {
		...DIRECTIVES,
		'script-src': [...(DIRECTIVES['script-src'] ?? []), ...appHtmlScriptHashes(appHtml)]
	};
}

/**
 * The Content-Security-Policy response header of static/_headers.
 *
 * The same directives, with two differences. script-src is 'self'
 * 'unsafe-inline': the hash of each page's boot script differs per page and
 * per build, so a static header cannot list it, and a header that allowed no
 * inline script would block it. A browser enforces the header and the meta
 * policy both, so a script must pass both: the meta's hashes still decide
 * which inline scripts run, and script-src-attr 'none' holds in each.
 * And frame-ancestors, which works only in a header: 'self' for the story's
 * pages; for embeds, null leaves it out (any site may frame them).
 * @param {{ frameAncestors: string[] | null }} options
 */
export function headerPolicy({ frameAncestors }) {
	return serialize({
		...DIRECTIVES,
		'script-src': ['self', 'unsafe-inline'],
		...(frameAncestors ? { 'frame-ancestors': frameAncestors } : {})
	});
}
