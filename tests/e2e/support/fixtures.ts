// The `test` every spec imports: Playwright's, with the page guard attached
// to every test's page before the test and checked after it. A test fails if
// its page logged a runtime error or asked another origin for anything; the
// message lists what.
import { expect, test as base } from '@playwright/test';
import { guardPage, type PageGuard } from './guards';
import { HOST_ORIGIN } from './host';

export const test = base.extend<{ guard: PageGuard }>({
	guard: [
		async ({ page, baseURL }, use) => {
			if (!baseURL) throw new Error('baseURL is not set in tests/playwright.config.ts');
			// The embed tests' host page is our own fixture, on its own origin.
			const guard = guardPage(page, baseURL, [HOST_ORIGIN]);
			await use(guard);
			// One assertion, so a failure lists both kinds of problem at once.
			expect(guard, 'runtime errors and requests to other origins').toEqual({
				errors: [],
				foreignRequests: []
			});
		},
		{ auto: true }
	]
});

export { expect };
