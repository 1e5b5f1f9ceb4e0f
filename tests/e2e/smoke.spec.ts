// The cheapest signal that the build is servable: the home page loads clean and offline.
import { expect, test } from './support/fixtures';

test('home page loads with a heading, no errors and no foreign requests', async ({ page }) => {
	const response = await page.goto('/');

	expect(response?.status()).toBe(200);
	await expect(page.locator('h1').first()).toBeVisible();
	// Every request the page makes on its own has been made: the guard checks them after the test.
	await page.waitForLoadState('networkidle');
});

test('an unknown path returns 404', { tag: '@phone' }, async ({ request }) => {
	// Asked without a browser: a page would log the 404 as a console error, which the guard counts.
	const response = await request.get('/no-such-page-here/');

	expect(response.status()).toBe(404);
});
