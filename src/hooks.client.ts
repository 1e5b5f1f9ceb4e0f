import type { HandleClientError } from '@sveltejs/kit';
import { hasStarted } from '$lib/boot/started';

/**
 * An error before the app has started is one the reader must never see:
 * SvelteKit would replace the prerendered page, which reads whole without a
 * script (the flat layout), with its "500 Internal Error" page. Waiting
 * forever instead stops hydration where it is, before it touched the page,
 * so the reader keeps the prerendered story, charts and links. The page
 * says so on <html data-app="stopped">, for tests and for a developer
 * looking. After start, errors take SvelteKit's usual way.
 */
export const handleError: HandleClientError = () => {
	if (hasStarted()) return;
	// The browser has already logged the failed request; nothing more to say.
	document.documentElement.dataset.app = 'stopped';
	return new Promise<never>(() => {});
};
