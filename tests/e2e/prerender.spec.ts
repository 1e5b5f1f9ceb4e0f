// What arrives before any JavaScript runs: the prerendered HTML must carry
// the whole text and each chart in its first state.
import { expect, test } from '@playwright/test';
import { en } from '../../src/content/en';

test.describe('prerendered HTML', () => {
	test('holds the text, the hooks and both charts in their first state', async ({ request }) => {
		const res = await request.get('/');
		expect(res.status()).toBe(200);
		const html = await res.text();
		expect(html).toContain('<html lang="en">');
		expect(html).toContain(en.headline);
		expect(html).toMatch(/<section[^>]*data-scrolly="economy"[^>]*data-active-step="-1"/);
		expect(html).toMatch(/<section[^>]*data-scrolly="rebuilding"[^>]*data-active-step="-1"/);
		for (let i = 0; i < en.economy.steps.length; i++) expect(html).toContain(`id="economy-${i}"`);
		for (let i = 0; i < en.rebuilding.steps.length; i++)
			expect(html).toContain(`id="rebuilding-${i}"`);
		expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(2);
		expect(html).toMatch(/<figure[^>]*data-chart="economy"/);
		expect(html).toMatch(/<figure[^>]*data-chart="rebuilding"/);
		// The 1997 bar is drawn at full height in the server render, not at 0 or 100x100.
		const bar =
			/<rect[^>]*data-fact="industrialOutput1997"[^>]*data-mark="bar"[^>]*height="([\d.]+)"/.exec(
				html
			);
		expect(Number(bar?.[1])).toBeGreaterThan(50);
		expect(html.match(/data-fact="supportFacilities"/g)).toHaveLength(553);
		expect(html).toContain('赵童');
		expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
	});

	test('reads with JavaScript off: text and charts are there', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('h1')).toHaveText(en.headline);
		const box = await page.locator('[data-chart="economy"] svg').boundingBox();
		expect(box?.width).toBeGreaterThan(250);
		expect(box?.height).toBeGreaterThan(200);
		const bar = await page
			.locator('[data-chart="economy"] rect[data-fact="industrialOutput1997"]')
			.boundingBox();
		expect(bar?.height).toBeGreaterThan(100);
		await context.close();
	});
});
