// Nothing leaves the machine: every prerendered page of the build (found by
// walking build/: both editions, the flat layouts, every embed, the 404 page,
// the deck and its speaker view) and every slide of the deck asks for nothing
// from another origin. Each such request is aborted and the test stops at the
// first page that made one, naming the page and the URL.
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { builtFiles, pagePath } from './support/built';
import { DECK } from '$lib/present/deck';

const BUILD = resolve(import.meta.dirname, '../..', process.env.BUILD_DIR ?? 'build');

const PAGES = builtFiles(BUILD)
	.filter((f) => f.endsWith('.html'))
	.map(pagePath);
const isEmbed = (path: string) => /^\/(zh\/)?embed\//.test(path);

/** Aborts and records every request of the context to another origin; returns the check. */
async function refuseOtherOrigins(context: BrowserContext, baseURL: string | undefined) {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	// On the context, so a popup or a frame would be caught too.
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (/^(data|blob):/.test(url) || new URL(url).origin === origin) return route.fallback();
		foreign.push(url);
		return route.abort('blockedbyclient');
	});
	return (at: string) => expect(foreign, `${at} asked another origin for`).toEqual([]);
}

test('the walk finds every kind of page', { tag: '@desktop' }, () => {
	expect(PAGES).toEqual(
		expect.arrayContaining([
			'/',
			'/zh/',
			'/flat/',
			'/404.html',
			'/present/',
			'/present/speaker/',
			'/embed/story/',
			'/zh/embed/economy/'
		])
	);
});

// In three parts, so the two workers share them.
for (const [name, paths] of [
	['the stories, flat layouts, 404 and presentation pages', PAGES.filter((p) => !isEmbed(p))],
	['the English embeds', PAGES.filter((p) => isEmbed(p) && !p.startsWith('/zh/'))],
	['the Chinese embeds', PAGES.filter((p) => isEmbed(p) && p.startsWith('/zh/'))]
] as const) {
	test(
		`${name}: nothing from another origin`,
		{ tag: '@desktop' },
		async ({ page, context, baseURL }) => {
			test.setTimeout(30_000 + paths.length * 4_000);
			const check = await refuseOtherOrigins(context, baseURL);
			for (const path of paths) {
				await page.goto(path, { waitUntil: 'load' });
				// The story pages do lazy work as they are read: scroll to the end.
				if (await page.locator('[data-scrolly]').count()) {
					await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
					await page.waitForTimeout(100);
				}
				check(path);
			}
		}
	);
}

for (const deck of ['/present/', '/zh/present/']) {
	test(
		`${deck}: every slide, nothing from another origin`,
		{ tag: '@desktop' },
		async ({ page, context, baseURL }) => {
			test.setTimeout(20_000 + DECK.length * 1_000);
			const check = await refuseOtherOrigins(context, baseURL);
			await page.goto(deck, { waitUntil: 'load' });
			// Each slide at its own address, as a link to it lands on it.
			for (const slide of DECK) {
				await page.goto(`${deck}#${slide.id}`, { waitUntil: 'load' });
				await expect(page.locator('[data-deck]')).toHaveAttribute('data-ready', 'true');
				await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', slide.id);
				check(`${deck}#${slide.id}`);
			}
		}
	);
}
