// What arrives before any JavaScript runs: the prerendered HTML of each
// edition must carry the whole text, and every scroll section laid out flat
// (each step's text with its chart drawn at that step), since the sticky
// layout needs the script to drive it.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { countMarksInHtml } from './support/marks';
import { copyFor } from '$content/index';
import { CHART_IDS } from '$lib/charts/ids';
import { SPECS } from '$lib/charts/specs';
import { storyCharts } from '$lib/story/manifest';
import { plainCopy } from '$lib/format/copy';

/** `main` as the server sent it (JavaScript off). */
async function prerenderedMain(browser: Browser, baseURL: string | undefined, path: string) {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto(path);
	const html = await page.locator('main').evaluate((el) => el.outerHTML);
	await context.close();
	return html;
}

/** The page's scripts (the entries, the route's nodes, every chunk it preloads) by size, and its node ids. */
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

const EDITIONS = [
	{ path: '/', lang: 'en', htmlLang: 'en' },
	{ path: '/zh/', lang: 'zh', htmlLang: 'zh-CN' }
] as const;

for (const { path, lang, htmlLang } of EDITIONS) {
	const copy = copyFor(lang);

	test.describe(`prerendered ${path}`, () => {
		test(
			'holds the text, the hooks and every step of every chart',
			{ tag: '@phone' },
			async ({ request }) => {
				const res = await request.get(path);
				expect(res.status()).toBe(200);
				const html = await res.text();
				expect(html).toContain(`<html lang="${htmlLang}">`);
				expect(html).toContain('<h1');
				// hreflang and canonical need PUBLIC_ORIGIN (seo.spec.ts checks both builds).
				const sections = [...html.matchAll(/<section[^>]*data-scrolly="(\w+)"[^>]*>/g)];
				expect(sections.length).toBeGreaterThan(0);
				for (const m of sections) {
					expect(m[0], `${m[1]} is laid out flat`).toContain('data-layout="flat"');
				}
				for (let i = 0; i < copy.economy.steps.length; i++) {
					expect(html).toContain(`id="economy-${i}"`);
				}
				for (let i = 0; i < copy.rebuilding.steps.length; i++) {
					expect(html).toContain(`id="rebuilding-${i}"`);
				}
				// The 1997 bar is drawn at full height in the server render, not at 0 or 100x100.
				const bar =
					/<rect[^>]*data-fact="industrialOutput1997"[^>]*data-mark="bar"[^>]*height="([\d.]+)"/.exec(
						html
					);
				expect(Number(bar?.[1])).toBeGreaterThan(50);
				// One rebuilding chart per step, each with all 553 public facilities.
				expect(
					countMarksInHtml(
						html,
						/<path[^>]*data-fact="supportFacilities"[^>]*data-mark="unit"[^>]*>/
					)
				).toBe(553 * copy.rebuilding.steps.length);
				expect(html).toContain('赵童');
				expect(html).toContain('/data/fuling-facts.csv');
				// No other host, but for namespaces: SVG's and the JSON-LD vocabulary's.
				expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/|schema\.org")/);
			}
		);

		test('reads with JavaScript off: the text, and every step with its chart drawn at that step', async ({
			browser,
			baseURL
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
			const page = await context.newPage();
			await page.goto(path);
			await expect(page.locator('h1')).toHaveText(plainCopy(copy.headline, lang));
			// Economy's first step: the 1997 bar alone, on its own scale, tall.
			const bar = await page
				.locator(
					'[data-scrolly="economy"] [data-step="0"] rect[data-mark="bar"][data-fact="industrialOutput1997"]'
				)
				.boundingBox();
			expect(bar?.height).toBeGreaterThan(100);
			// Every chart has a size, and every SVG in it is described or hidden.
			const charts = await page.locator('figure[data-chart]').evaluateAll((figs) =>
				figs.map((f) => ({
					id: (f as HTMLElement).dataset.chart,
					area: f.getBoundingClientRect().width * f.getBoundingClientRect().height,
					undescribed: [...f.querySelectorAll('svg')].filter(
						(s) =>
							!(s.getAttribute('role') === 'img' && s.getAttribute('aria-label')) &&
							s.getAttribute('aria-hidden') !== 'true' &&
							!s.closest('[aria-hidden="true"]')
					).length
				}))
			);
			// Every chart of the story: a figure once, a scroll section once per step.
			const expected = storyCharts().flatMap(({ chart, scrolly }) =>
				Array.from({ length: scrolly ? SPECS[chart].steps : 1 }, () => chart)
			);
			expect(charts.map((c) => c.id).sort()).toEqual(expected.sort());
			expect(new Set(expected)).toEqual(new Set(CHART_IDS));
			for (const c of charts) {
				expect(c.area, `${c.id} has a size`).toBeGreaterThan(10_000);
				expect(c.undescribed, `${c.id}: SVGs without role=img + aria-label`).toBe(0);
			}

			// Each step's words sit with the chart drawn at that step: its text
			// alternative is the spec's description of that very step.
			for (const { chart } of storyCharts().filter((c) => c.scrolly)) {
				const spec = SPECS[chart];
				const texts = spec.stepText?.(copy) ?? [];
				for (let i = 0; i < spec.steps; i++) {
					const step = page.locator(`[data-scrolly="${chart}"] [data-step="${i}"]`);
					await expect(step, `${chart} ${i}`).toContainText(plainCopy(texts[i] ?? '', lang));
					await expect(
						step.locator(`figure[data-chart="${chart}"] svg[role="img"]`).first(),
						`${chart} ${i}`
					).toHaveAttribute('aria-label', spec.describe(i, spec.copy(copy), lang));
				}
			}

			// Nothing that needs the script is left to press: no visible button
			// (the animation switch stays hidden, the embed codes need the page's
			// address), and nothing is still "loading".
			expect(await page.locator('button:visible').count()).toBe(0);
			expect(await page.locator('[data-motion-switch]').isVisible()).toBe(false);
			expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
			await context.close();
		});

		test(
			'reads the same when the script fails to load',
			{ tag: '@phone' },
			async ({ browser, baseURL }) => {
				const context = await browser.newContext({ baseURL });
				const page = await context.newPage();
				// A blocker, a flaky network or a CDN outage: the app's modules never arrive.
				await page.route('**/_app/**/*.js', (route) => route.abort());
				await page.goto(path);
				await expect(page.locator('h1')).toHaveText(plainCopy(copy.headline, lang));
				const layouts = await page
					.locator('section[data-scrolly]')
					.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.layout));
				expect(layouts.length).toBeGreaterThan(0);
				expect(new Set(layouts)).toEqual(new Set(['flat']));
				const last = copy.livelihoods.steps.length - 1;
				await expect(
					page.locator(`[data-scrolly="livelihoods"] [data-step="${last}"] figure[data-chart]`)
				).toBeVisible();
				expect(await page.locator('button:visible').count()).toBe(0);
				await context.close();
			}
		);

		test(
			'one script that fails (the largest chunk, the root layout, the page) leaves it exactly as sent',
			{ tag: '@phone' },
			async ({ browser, baseURL, page }) => {
				test.setTimeout(90_000);
				const pristine = await prerenderedMain(browser, baseURL, path);
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
					const context = await browser.newContext({ baseURL });
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
						reader.waitForSelector('html[data-app="stopped"]', {
							state: 'attached',
							timeout: 20_000
						})
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
					expect(main === pristine, `${what}: the page is the prerendered one, unchanged`).toBe(
						true
					);
					await context.close();
				}
			}
		);
	});
}
