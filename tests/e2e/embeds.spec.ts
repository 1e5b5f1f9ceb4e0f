// The embed pages on their own: one per chart and edition, a page per step
// of a stepped chart, step controls that walk the chart through the story's
// states (animating, by keyboard), the way back to the story, a 404 for
// anything else, and untrusted query parameters that change nothing.
import { test, expect } from './support/fixtures';
import { CHART_IDS, SPECS } from '../../src/lib/charts/specs';
import { embedPath } from '../../src/lib/embed/paths';
import { storyAnchor } from '../../src/lib/embed/story-link';
import { LANGS } from '../../src/lib/i18n';
import { inBetween, startSampling, stopSampling } from './support/motion';
import { EMBED_HEIGHTS } from '../../src/lib/embed/snippets';
import { EMBED_TARGETS } from '../../src/lib/embed/paths';

const STEPPED = CHART_IDS.filter((id) => SPECS[id].steps > 1);

test.describe('every chart has an embed page', () => {
	for (const lang of LANGS) {
		test(`${lang}: title as h1, caption, source, link back to its place @phone`, async ({
			page
		}) => {
			for (const id of CHART_IDS) {
				const spec = SPECS[id];
				const response = await page.goto(embedPath(lang, id));
				expect(response?.status(), id).toBe(200);
				const main = page.locator(`[data-embed-chart="${id}"]`);
				await expect(main, id).toHaveAttribute('data-step', String(spec.restStep));
				await expect(main.locator(`figure[data-chart="${id}"] h1`), id).toHaveCount(1);
				await expect(page.locator('h1'), id).toHaveCount(1);
				// The source line is shown, whether in the figure or under the step's words.
				await expect(main.locator('.source:visible'), id).toHaveCount(1);
				const anchor = storyAnchor(id, spec.restStep);
				const home = lang === 'zh' ? '/zh/' : '/';
				const link = main.locator('a[target="_blank"]').last();
				await expect(link, id).toHaveAttribute('href', anchor ? `${home}#${anchor}` : home);
				await expect(link, id).toHaveAttribute('rel', /noopener/);
				await expect(page.locator('meta[name="robots"]'), id).toHaveAttribute('content', 'noindex');
				// Nothing of the story's chrome: no language switch, no embed codes.
				await expect(page.locator('[data-lang-switch], [data-embed-code]'), id).toHaveCount(0);
				await expect(page.locator('[data-step-control]'), id).toHaveCount(spec.steps > 1 ? 2 : 0);
			}
		});
	}

	test('each step of a stepped chart has its own page, drawn at that step without JavaScript @phone', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const id of STEPPED) {
			const labels = new Set<string>();
			for (let step = 0; step < SPECS[id].steps; step++) {
				const response = await page.goto(embedPath('en', id, step));
				expect(response?.status(), `${id}/${step}`).toBe(200);
				await expect(page.locator(`[data-embed-chart="${id}"]`)).toHaveAttribute(
					'data-step',
					String(step)
				);
				labels.add(
					(await page.locator('svg[aria-label]').first().getAttribute('aria-label')) ?? ''
				);
				// The controls are plain links to the neighbouring steps' pages.
				const next = page.locator('[data-step-control="next"]');
				expect(await next.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname)).toBe(
					embedPath('en', id, Math.min(step + 1, SPECS[id].steps - 1))
				);
			}
			expect(labels.size, `${id}: every step draws its own state`).toBe(SPECS[id].steps);
		}
		await context.close();
	});
});

test('an unknown chart or step is the 404 page @phone', async ({ page, guard }) => {
	const paths = [
		'/embed/nope/',
		'/embed/economy/99/',
		'/embed/economy/5/',
		'/embed/where/0/',
		'/zh/embed/economy/01/',
		'/zh/embed/nope/'
	];
	for (const path of paths) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.locator('[data-embed-chart]'), path).toHaveCount(0);
	}
	// The browser logs each 404 it was asked for: those, and only those, are expected.
	const expected = paths.map((p) => `(${new URL(p, page.url()).href})`);
	guard.errors = guard.errors.filter((e) => !expected.some((x) => e.endsWith(x)));
});

test.describe('stepping a chart inside its embed', () => {
	test('by keyboard, through every state, animating, without adding history', async ({ page }) => {
		await page.goto(embedPath('en', 'economy', 0));
		const main = page.locator('[data-embed-chart="economy"]');
		const next = page.locator('[data-step-control="next"]');
		const prev = page.locator('[data-step-control="previous"]');
		const words = page.locator('.step-box [aria-live="polite"]');
		await expect(prev).toHaveAttribute('aria-disabled', 'true');
		const entries: number = await page.evaluate(() => window.history.length);

		await next.focus();
		const seen: string[] = [await words.innerText()];
		for (let step = 1; step < SPECS.economy.steps; step++) {
			await startSampling(page, 'economy');
			await page.keyboard.press('Enter');
			await expect(main).toHaveAttribute('data-step', String(step));
			await expect(page).toHaveURL(new RegExp(`/embed/economy/${step}/$`));
			// Focus stays on the control, so Enter can be pressed again.
			await expect(next).toBeFocused();
			await page.waitForTimeout(1300);
			const frames = await stopSampling(page);
			const changes = inBetween(frames);
			expect(changes.length, `0→${step}: something moves`).toBeGreaterThan(0);
			expect(
				changes.some((c) => c.seen),
				`0→${step}: caught between its ends`
			).toBe(true);
			seen.push(await words.innerText());
		}
		expect(new Set(seen).size, 'each step has its own words').toBe(SPECS.economy.steps);
		expect(seen[1]).toMatch(/^Step 2 of 5/);
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		await page.keyboard.press('Enter');
		await expect(main).toHaveAttribute('data-step', String(SPECS.economy.steps - 1));
		await expect(next).toBeFocused();

		await prev.focus();
		await page.keyboard.press('Enter');
		await expect(main).toHaveAttribute('data-step', String(SPECS.economy.steps - 2));
		expect(await page.evaluate(() => window.history.length), 'no history entries').toBe(entries);
		// The link back follows the step.
		await expect(page.locator('a[target="_blank"]').last()).toHaveAttribute(
			'href',
			`/#economy-${SPECS.economy.steps - 2}`
		);
	});
});

test.describe('untrusted query parameters', () => {
	test('?step=N is an alias of the step page, drawn at once @phone', async ({ page }) => {
		await page.goto(`${embedPath('zh', 'money')}?step=1`);
		await expect(page.locator('[data-embed-chart="money"]')).toHaveAttribute('data-step', '1');
		await expect(page).toHaveURL(/\/zh\/embed\/money\/1\/$/);
	});

	test('malformed values fall back to the page itself and are never written into it @phone', async ({
		page
	}) => {
		const hostile = '<script>window.__pwned=1</script><img src=x onerror=window.__pwned=2>';
		for (const query of [
			'step=abc',
			'step=9999',
			'step=-1',
			'step=1.5',
			`step=${encodeURIComponent(hostile)}`,
			`theme=${encodeURIComponent(hostile)}`,
			`childId=${encodeURIComponent(hostile)}`
		]) {
			await page.goto(`${embedPath('en', 'economy')}?${query}`);
			const main = page.locator('[data-embed-chart="economy"]');
			await expect(main, query).toHaveAttribute('data-step', String(SPECS.economy.restStep));
			await expect(page, query).toHaveURL(/\/embed\/economy\/\?/);
			const html = await page.content();
			expect(html, query).not.toContain('__pwned');
			expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), query).toBe(
				undefined
			);
		}
	});
});

test('nothing inside an embed is sized from its frame: a taller frame leaves the content as it was @desktop', async ({
	page
}) => {
	for (const path of [
		embedPath('en', 'people'),
		embedPath('en', 'known-years'),
		embedPath('zh', 'story')
	]) {
		const heights: number[] = [];
		for (const h of [500, 1600, 4000]) {
			await page.setViewportSize({ width: 640, height: h });
			await page.goto(path);
			heights.push(
				await page.evaluate(() =>
					Math.ceil(document.documentElement.getBoundingClientRect().height)
				)
			);
		}
		expect(new Set(heights).size, `${path}: ${heights.join(', ')}`).toBe(1);
	}
});

test("the plain embed code's height fits each embed in a 600 px column, with little to spare @desktop", async ({
	page
}) => {
	await page.setViewportSize({ width: 600, height: 700 });
	for (const target of EMBED_TARGETS) {
		let tallest = 0;
		for (const lang of LANGS) {
			await page.goto(embedPath(lang, target));
			tallest = Math.max(
				tallest,
				await page.evaluate(() =>
					Math.ceil(document.documentElement.getBoundingClientRect().height)
				)
			);
		}
		const given = EMBED_HEIGHTS[target];
		expect(tallest, `${target}: fits in ${given}`).toBeLessThanOrEqual(given);
		expect(tallest, `${target}: ${given} leaves little empty`).toBeGreaterThan(given * 0.9);
	}
});
