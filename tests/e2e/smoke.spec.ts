// The cheapest signal that the build is servable: the home page loads clean and offline.
import { expect, test } from '@playwright/test';
import { guardPage } from './support/guards';

test('home page loads with a heading, no errors and no foreign requests', async ({
	page,
	baseURL
}) => {
	if (!baseURL) throw new Error('baseURL is not set in tests/playwright.config.ts');
	const guard = guardPage(page, baseURL);
	const response = await page.goto('/');

	expect(response?.status()).toBe(200);
	await expect(page.locator('h1').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	// One assertion so a failure lists both kinds of problem at once.
	expect(guard).toEqual({ errors: [], foreignRequests: [] });
});

test('an unknown path returns 404', async ({ page }) => {
	const response = await page.goto('/no-such-page-here/');

	expect(response?.status()).toBe(404);
});
