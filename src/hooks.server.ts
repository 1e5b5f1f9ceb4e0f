import type { Handle } from '@sveltejs/kit';
import { langFromPath, htmlLang } from '$lib/i18n';

// app.html carries a %lang% placeholder so the prerendered <html lang> is right
// for each edition before any JavaScript runs (screen readers, hyphenation).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', htmlLang(langFromPath(event.url.pathname)))
	});
