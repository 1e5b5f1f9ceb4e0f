// The site deployed under a sub-path, as a newsroom would host it
// (https://news.example/graphics/2021/fuling/): the build made with
// BASE_PATH (npm run build:subpath), served under that path and nowhere else
// (playwright.config.ts). Every page, asset, link and download must resolve
// under the base; unknown paths get the 404 page; the cache headers are the
// deploy's. Pages are found by walking the build, so pages added later are
// covered without a change here.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { builtFiles, pagePath } from './support/built';
import { hydrated } from './support/ready';
import { scrollToStep } from './support/steps';
import { SUBPATH_BASE, SUBPATH_DIR, subpathOrigin } from '../support/subpath';
import { basePath } from '../../.config/base-path.js';
import { headerPolicy } from '../../.config/csp.js';
import { headerRules, matches } from '../support/headers.js';

const ORIGIN = subpathOrigin();
const ROOT = `${SUBPATH_BASE}/`;
const DIR = resolve(import.meta.dirname, '../..', SUBPATH_DIR);
const IMMUTABLE = 'public, max-age=31536000, immutable';

// The fixture's guard (console errors, other origins) watches this server.
test.use({ baseURL: ORIGIN });

test.beforeAll(() => {
	expect(existsSync(DIR), `${SUBPATH_DIR}/ is missing: run npm run build:subpath`).toBe(true);
});

/** The URL a static host serves an HTML file at, under the base. */
function pageUrl(file: string): string {
	return SUBPATH_BASE + pagePath(file);
}

/**
 * Resolves once the page has asked for nothing for a while: after load the
 * app still imports its chunks and the fonts arrive. Cheaper than
 * networkidle's half second, which a walk of every page cannot afford.
 */
async function quiet(page: Page, inflight: Set<Request>, ms = 150): Promise<void> {
	let still = 0;
	const deadline = Date.now() + 10_000;
	while (still < ms && Date.now() < deadline) {
		await page.waitForTimeout(25);
		still = inflight.size === 0 ? still + 25 : 0;
	}
	expect(inflight.size, `requests still open: ${[...inflight].map((r) => r.url())}`).toBe(0);
}

test('every prerendered page loads clean under the base', { tag: '@phone' }, async ({ page }) => {
	const pages = builtFiles(DIR).filter((f) => f.endsWith('.html'));
	// The two editions, their flat layouts and the 404 page at least.
	expect(pages).toEqual(
		expect.arrayContaining([
			'/index.html',
			'/zh/index.html',
			'/flat/index.html',
			'/zh/flat/index.html',
			'/404.html'
		])
	);
	test.setTimeout(10_000 + pages.length * 2_000);

	let at = '';
	const problems: string[] = [];
	const inflight = new Set<Request>();
	page.on('request', (request) => {
		inflight.add(request);
		const url = new URL(request.url());
		if (url.origin === ORIGIN && !url.pathname.startsWith(ROOT)) {
			problems.push(`${at}: asked outside the base for ${url.pathname}`);
		}
	});
	page.on('requestfinished', (request) => inflight.delete(request));
	page.on('requestfailed', (request) => {
		inflight.delete(request);
		problems.push(`${at}: ${request.url()} failed (${request.failure()?.errorText})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${at}: ${response.status()} ${response.url()}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`${at}: console: ${message.text()}`);
	});

	for (const file of pages) {
		at = pageUrl(file);
		const response = await page.goto(at);
		expect.soft(response?.status(), at).toBe(200);
		// A sticky story page has run its JavaScript once its sections report live.
		if (await page.locator('[data-scrolly][data-motion]').count()) await hydrated(page);
		await quiet(page, inflight);
		// Links and sources that were not requested (other editions, downloads,
		// alternates) must point under the base too.
		const outside = await page.evaluate((root) => {
			const urls = [...document.querySelectorAll('[href], [src]')].flatMap((el) =>
				['href', 'src'].map((name) => el.getAttribute(name)).filter((v): v is string => !!v)
			);
			return urls
				.map((u) => new URL(u, location.href))
				.filter((u) => u.origin === location.origin && !u.pathname.startsWith(root))
				.map((u) => u.pathname);
		}, ROOT);
		for (const path of outside) problems.push(`${at}: links outside the base to ${path}`);
	}
	expect(problems).toEqual([]);
});

test(
	'the language switch and the downloads stay under the base',
	{ tag: '@phone' },
	async ({ page }) => {
		await page.goto(ROOT);
		await hydrated(page);
		await page.locator('[data-lang-switch="header"]').click();
		await expect(page).toHaveURL(new RegExp(`^${ORIGIN}${ROOT}zh/(#[\\w-]+)?$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await hydrated(page);
		await page.locator('[data-lang-switch="header"]').click();
		await expect(page).toHaveURL(new RegExp(`^${ORIGIN}${ROOT}(#[\\w-]+)?$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');

		for (const [kind, check] of [
			['csv', (text: string) => expect(text.charCodeAt(0)).toBe(0xfeff)],
			['json', (text: string) => expect(JSON.parse(text).facts.length).toBeGreaterThan(10)]
		] as const) {
			const link = page.locator(`[data-download="${kind}"]`);
			await expect(link).toHaveAttribute('href', `${ROOT}data/fuling-facts.${kind}`);
			// Followed as a reader would: a click, and the file arrives.
			const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
			expect(download.url()).toBe(`${ORIGIN}${ROOT}data/fuling-facts.${kind}`);
			expect(await download.failure()).toBeNull();
			check(readFileSync(await download.path(), 'utf8'));
		}
	}
);

test('a scroll section still steps under the base', async ({ page }) => {
	await page.goto(ROOT);
	await hydrated(page);
	await scrollToStep(page, 'economy', 2);
	await expect(page.locator('[data-scrolly="economy"]')).toHaveAttribute('data-active-step', '2');
});

test(
	'unknown paths get the 404 page: both languages, links under the base, no script',
	{ tag: '@phone' },
	async ({ request, browser }) => {
		for (const path of ['embed/nope/', 'zh/embed/economy/99/', 'no/such/page']) {
			const response = await request.get(ROOT + path);
			expect(response.status(), path).toBe(404);
			const html = await response.text();
			expect(html).toContain('<meta name="robots" content="noindex"');
			// No app: no script file and no bootstrap, only app.html's inline
			// motion-preference line, which every page carries.
			expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
			expect(html).not.toMatch(/_app\/immutable\/[^"]*\.js/);
			for (const [script] of html.matchAll(/<script[^>]*>[\s\S]*?<\/script>/gi)) {
				expect(script, path).toContain("localStorage.getItem('fuling-motion')");
			}
			expect(html).toMatch(/<section[^>]* lang="en"/);
			expect(html).toMatch(/<section[^>]* lang="zh-CN"/);
			const hrefs = [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]);
			expect(hrefs.sort()).toEqual([ROOT, `${ROOT}zh/`]);
		}
		// Read at a depth, in a browser: the styles arrive (absolute URLs) and a
		// link lands on a front page. Its own context: the page's 404 status is
		// logged as a console error, which the fixture's guard would count.
		const context = await browser.newContext({ baseURL: ORIGIN });
		const page = await context.newPage();
		const failed: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(r.url());
		});
		const response = await page.goto(`${ROOT}zh/embed/economy/99/`);
		expect(response?.status()).toBe(404);
		const heading = page.locator('section[lang="en"] h2');
		await expect(heading).toHaveText('Page not found');
		// app.css and the page's own styles: the serif heading, no browser margin.
		expect(await heading.evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(/Source Serif/);
		await expect(page.locator('body')).toHaveCSS('margin', '0px');
		await page.locator('[data-edition="zh"]').click();
		await expect(page).toHaveURL(`${ORIGIN}${ROOT}zh/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		expect(failed).toEqual([]);
		await context.close();
	}
);

test(
	'the presentation and its speaker view run under the base',
	{ tag: '@desktop' },
	async ({ page }) => {
		await page.goto(`${ROOT}present/#economy-1`);
		const deck = page.locator('[data-deck]');
		await expect(deck).toHaveAttribute('data-ready', 'true');
		await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', 'economy-1');
		const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
		await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-ready', 'true');
		expect(new URL(speaker.url()).pathname).toBe(`${ROOT}present/speaker/`);
		await speaker.keyboard.press('ArrowRight');
		await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', 'economy-2');
		expect(new URL(page.url()).hash).toBe('#economy-2');
	}
);

test('the cache headers a deploy should send', { tag: '@phone' }, async ({ request }) => {
	const cache = async (path: string) =>
		(await request.get(path, { maxRedirects: 0 })).headers()['cache-control'];
	const html = await (await request.get(ROOT)).text();
	const hashed = [...html.matchAll(/(?:href|src)="([^"]*\/_app\/immutable\/[^"]+)"/g)].map(
		(m) => new URL(m[1] ?? '', `${ORIGIN}${ROOT}`).pathname
	);
	expect(hashed.length).toBeGreaterThan(2);
	for (const path of hashed) expect(await cache(path), path).toBe(IMMUTABLE);
	for (const path of [
		ROOT,
		`${ROOT}zh/`,
		`${ROOT}data/fuling-facts.csv`,
		`${ROOT}data/fuling-facts.json`,
		`${ROOT}favicon.svg`,
		`${ROOT}_app/version.json`,
		`${ROOT}embed/nope/`
	]) {
		expect(await cache(path), path).toBe('no-cache');
	}
	// A missing hashed file is a 404, and a 404 must not be kept for a year.
	expect(await cache(`${ROOT}_app/immutable/nope.js`)).toBe('no-cache');
	// The bare base goes to its folder, as static hosts do; outside the base is not the site.
	const bare = await request.get(SUBPATH_BASE, { maxRedirects: 0 });
	expect(bare.status()).toBe(301);
	expect(bare.headers()['location']).toBe(ROOT);
	expect((await request.get('/')).status()).toBe(404);
});

test(
	'static/_headers gives every built file one rule per header: cache, framing, the CSP of .config/csp.js',
	{ tag: '@phone' },
	async () => {
		const rules = headerRules(readFileSync(join(DIR, '_headers'), 'utf8'));
		const isEmbed = (path: string) => /^\/(zh\/)?embed\//.test(path);
		let embeds = 0;
		for (const file of builtFiles(DIR).filter((f) => f !== '/_headers')) {
			// An index.html is asked for by its folder's URL too.
			const urls = file.endsWith('/index.html') ? [file, file.replace(/index\.html$/, '')] : [file];
			for (const url of urls) {
				const values = (name: string) =>
					rules.filter((r) => r.name === name && matches(r.path, url)).map((r) => r.value);
				// One rule each: the hosts join the values of every rule that matches.
				expect(values('cache-control'), url).toEqual([
					url.startsWith('/_app/immutable/') ? IMMUTABLE : 'no-cache'
				]);
				expect(values('x-content-type-options'), url).toEqual(['nosniff']);
				expect(values('referrer-policy'), url).toEqual(['strict-origin-when-cross-origin']);
				if (!file.endsWith('.html')) continue;
				if (isEmbed(url)) embeds++;
				expect(values('x-frame-options'), url).toEqual(isEmbed(url) ? [] : ['SAMEORIGIN']);
				// Exactly the module's policy, so the header and the pages' <meta> cannot drift;
				// embeds may be framed by any site (no frame-ancestors), the rest by this one.
				expect(values('content-security-policy'), url).toEqual([
					headerPolicy({ frameAncestors: isEmbed(url) ? null : ['self'] })
				]);
			}
		}
		// So the rule for embeds is tested once there are embed pages.
		test.info().annotations.push({ type: 'embed pages checked', description: String(embeds) });
	}
);

test('BASE_PATH is read one way, and a bad one is refused by name', { tag: '@phone' }, () => {
	expect(basePath(undefined)).toBe('');
	expect(basePath('')).toBe('');
	expect(basePath('/')).toBe('');
	expect(basePath('/graphics/2021/fuling')).toBe('/graphics/2021/fuling');
	expect(basePath('/graphics/2021/fuling/')).toBe('/graphics/2021/fuling');
	for (const bad of [
		'graphics/2021',
		'/a b',
		'/a//b',
		'/a/../b',
		'/<x>',
		'/a?b',
		'/a#b',
		'/a%20b'
	]) {
		expect(() => basePath(bad), bad).toThrow(/^BASE_PATH=/);
	}
});
