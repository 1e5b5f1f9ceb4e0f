// Catches the two quiet failures of a static story: runtime errors and calls to other origins
// (CDN fonts, analytics, tiles) that break offline and leak readers' visits.
import type { Page } from '@playwright/test';

export interface PageGuard {
	errors: string[];
	foreignRequests: string[];
}

/**
 * Attach before page.goto(); both lists must be empty at the end of the test (fixtures.ts).
 * `alsoAllowed`: origins of our own test fixtures (the embed tests' host page).
 */
export function guardPage(page: Page, baseURL: string, alsoAllowed: string[] = []): PageGuard {
	const allowed = new Set([new URL(baseURL).origin, ...alsoAllowed]);
	const guard: PageGuard = { errors: [], foreignRequests: [] };

	page.on('console', (message) => {
		// The location names the failing URL, which "Failed to load resource" alone does not.
		if (message.type() === 'error') {
			guard.errors.push(`console: ${message.text()} (${message.location().url})`);
		}
	});
	page.on('pageerror', (error) => guard.errors.push(`pageerror: ${error.message}`));
	page.on('request', (request) => {
		const url = request.url();
		// Inline data is not a network request.
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (!allowed.has(new URL(url).origin)) guard.foreignRequests.push(url);
	});

	return guard;
}
