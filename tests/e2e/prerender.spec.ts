// What arrives before any JavaScript runs: the prerendered HTML of each
// edition must carry the whole text and every chart in its first state.
import { expect, test } from './support/fixtures';
import { copyFor } from '$content/index';
import { CHART_IDS } from '$lib/charts/ids';
import { plainCopy } from '$lib/format/copy';

const EDITIONS = [
	{ path: '/', lang: 'en', htmlLang: 'en' },
	{ path: '/zh/', lang: 'zh', htmlLang: 'zh-CN' }
] as const;

for (const { path, lang, htmlLang } of EDITIONS) {
	const copy = copyFor(lang);

	test.describe(`prerendered ${path}`, () => {
		test(
			'holds the text, the hooks and the charts in their first state',
			{ tag: '@phone' },
			async ({ request }) => {
				const res = await request.get(path);
				expect(res.status()).toBe(200);
				const html = await res.text();
				expect(html).toContain(`<html lang="${htmlLang}">`);
				expect(html).toContain('<h1');
				// hreflang and canonical need PUBLIC_ORIGIN (seo.spec.ts checks both builds).
				for (const m of html.matchAll(/<section[^>]*data-scrolly="(\w+)"[^>]*>/g)) {
					expect(m[0], `${m[1]} starts before its first step`).toContain('data-active-step="-1"');
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
				expect(html.match(/data-fact="supportFacilities"/g)).toHaveLength(553);
				expect(html).toContain('赵童');
				expect(html).toContain('/data/fuling-facts.csv');
				// No other host, but for namespaces: SVG's and the JSON-LD vocabulary's.
				expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/|schema\.org")/);
			}
		);

		test('reads with JavaScript off: text and every chart are there', async ({
			browser,
			baseURL
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
			const page = await context.newPage();
			await page.goto(path);
			await expect(page.locator('h1')).toHaveText(plainCopy(copy.headline, lang));
			const bar = await page
				.locator('[data-chart="economy"] rect[data-fact="industrialOutput1997"]')
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
			// Every chart of the story, each once.
			expect(charts.map((c) => c.id).sort()).toEqual([...CHART_IDS].sort());
			for (const c of charts) {
				expect(c.area, `${c.id} has a size`).toBeGreaterThan(10_000);
				expect(c.undescribed, `${c.id}: SVGs without role=img + aria-label`).toBe(0);
			}
			await context.close();
		});
	});
}
