// What a browser can throw at the story and what it must survive. A
// script that fails to load (a flaky mobile connection, a blocking
// extension, a CDN error) must leave the prerendered page exactly as it
// arrived, never an error page in its place.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { EDITION_PATH, LANGS } from '../../src/lib/i18n';

/** The page as it arrived: `main`, as the server sent it (JavaScript off). */
async function prerenderedMain(browser: Browser, path: string): Promise<string> {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		baseURL: test.info().project.use.baseURL
	});
	const page = await context.newPage();
	await page.goto(path);
	const html = await page.locator('main').evaluate((el) => el.outerHTML);
	await context.close();
	return html;
}

/** The page's scripts: the two entries, the route's nodes and every chunk it preloads, by size. */
async function scriptsOf(page: Page, path: string) {
	const html = await (await page.request.get(path)).text();
	const urls = [
		...new Set(
			[...html.matchAll(/(?:href|import\()"?([^"()]*\/_app\/immutable\/[^"]+\.js)/g)].map(
				(m) => m[1]!
			)
		)
	];
	const nodeIds = /node_ids: \[([\d, ]+)\]/.exec(html)?.[1]?.split(', ') ?? [];
	const sized = await Promise.all(
		urls.map(async (url) => ({ url, bytes: (await (await page.request.get(url)).body()).length }))
	);
	return { sized, nodeIds };
}

for (const lang of LANGS) {
	const path = EDITION_PATH[lang];

	test(`${lang}: a script that fails to load leaves the prerendered story as it was @phone`, async ({
		browser,
		page
	}) => {
		test.setTimeout(90_000);
		const pristine = await prerenderedMain(browser, path);
		const { sized, nodeIds } = await scriptsOf(page, path);
		const largest = sized.toSorted((a, b) => b.bytes - a.bytes)[0]!.url;
		// The route's nodes come in by dynamic import from the app entry: the
		// root layout (0) and the page itself (the last one).
		const node = (id: string) => new RegExp(`/_app/immutable/nodes/${id}\\.[\\w-]+\\.js$`);
		const cases: [string, RegExp | string][] = [
			['the largest chunk', largest],
			['the root layout', node(nodeIds[0]!)],
			['the page', node(nodeIds[nodeIds.length - 1]!)]
		];
		for (const [what, blocked] of cases) {
			// Its own context: the failed request is logged as a console error,
			// which the fixture's guard would count.
			const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
			const reader = await context.newPage();
			const failures: string[] = [];
			reader.on('requestfailed', (r) => failures.push(r.url()));
			await reader.route(
				(url) =>
					typeof blocked === 'string' ? url.href.endsWith(blocked) : blocked.test(url.href),
				(route) => route.abort('failed')
			);
			// The start gives up one of two ways: the app entry's import fails in
			// SvelteKit's inline bootstrap (a page error), or a node's import fails
			// inside the start and hooks.client.ts stops it (data-app="stopped").
			const gaveUp = Promise.race([
				reader.waitForEvent('pageerror', { timeout: 20_000 }),
				reader.waitForSelector('html[data-app="stopped"]', { state: 'attached', timeout: 20_000 })
			]);
			await reader.goto(path);
			await gaveUp;
			expect(failures.length, `${what}: blocked`).toBeGreaterThan(0);
			// And nothing comes after: a couple of frames on, the page is still the one sent.
			await reader.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			await expect(reader.getByText('Internal Error')).toHaveCount(0);
			const main = await reader.locator('main').evaluate((el) => el.outerHTML);
			expect(main === pristine, `${what}: the page is the prerendered one, unchanged`).toBe(true);
			await context.close();
		}
	});
}
