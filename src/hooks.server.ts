import type { Handle } from '@sveltejs/kit';
import { resolve as sitePath } from '$app/paths';
import { langFromPath, htmlLang } from '$lib/i18n';

// The site's root: '/', or the base path it is built for ('/graphics/2021/fuling/').
const SITE_ROOT = sitePath('/');

// app.html carries a %lang% placeholder so the prerendered <html lang> is right
// for each edition before any JavaScript runs (screen readers, hyphenation).
// The edition is read from the path inside the site, so /<base>/zh/ is Chinese too.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', htmlLang(langFromPath(event.url.pathname.slice(SITE_ROOT.length - 1))))
	});
