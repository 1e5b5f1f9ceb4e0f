// The Content Security Policy (.config/csp.js) is there and nothing breaks it:
// every prerendered page carries it as a <meta> whose script-src allows
// exactly the page's own inline scripts (no 'unsafe-inline'), the server sends
// the header form from static/_headers, and reading the story, its embeds
// (framed by another site too) and the presentation reports no violation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { builtFiles } from './support/built';
import { openHost } from './support/host';
import { hydrated } from './support/ready';
import { scrollToStep, sectionSteps } from './support/steps';
import { embedPath } from '../../src/lib/embed/paths';
import { DECK } from '$lib/present/deck';
import { appHtmlScriptHashes, DIRECTIVES, headerPolicy } from '../../.config/csp.js';

const REPO = resolve(import.meta.dirname, '../..');
const BUILD = resolve(REPO, process.env.BUILD_DIR ?? 'build');
const APP_HTML_HASHES = appHtmlScriptHashes(resolve(REPO, 'src/app.html'));

/** A policy string as directive -> sources. */
function parsePolicy(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name = '', ...sources]) => [name, sources])
	);
}

const quoted = (sources: string[]) =>
	sources.map((s) => (/^(self|none|unsafe-inline)$|^sha256-/.test(s) ? `'${s}'` : s));

/**
 * Records every violation of every frame of every page of the context: the
 * `securitypolicyviolation` events (kept in window.__cspViolations by an init
 * script, which runs in frames and popups too) and the console's reports.
 */
async function watchViolations(context: BrowserContext) {
	const consoleReports: string[] = [];
	await context.addInitScript(() => {
		const w = window as unknown as { __cspViolations: string[] };
		w.__cspViolations = [];
		document.addEventListener(
			'securitypolicyviolation',
			(e) =>
				w.__cspViolations.push(
					`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`
				),
			true
		);
	});
	context.on('console', (message) => {
		if (/Content[- ]Security[- ]Policy/i.test(message.text())) {
			consoleReports.push(`${message.location().url}: ${message.text()}`);
		}
	});
	return async function violations(): Promise<string[]> {
		const events: string[] = [];
		for (const page of context.pages()) {
			for (const frame of page.frames()) {
				const got = await frame
					.evaluate(
						() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []
					)
					.catch(() => [`could not read ${frame.url()}`]);
				events.push(...got.map((v) => `${frame.url()}: ${v}`));
			}
		}
		return [...events, ...consoleReports];
	};
}

/** The meta policy of the open page, parsed; fails when it is missing. */
async function metaPolicy(page: Page) {
	const meta = page.locator('meta[http-equiv="content-security-policy"]');
	await expect(meta).toHaveCount(1);
	return parsePolicy((await meta.getAttribute('content')) ?? '');
}

test(
	'every prerendered page carries the policy, allowing exactly its own inline scripts',
	{ tag: '@phone' },
	() => {
		const pages = builtFiles(BUILD).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) {
			const html = readFileSync(resolve(BUILD + file), 'utf8');
			const metas = [
				...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)
			];
			expect(metas, file).toHaveLength(1);
			const policy = parsePolicy((metas[0]?.[1] ?? '').replaceAll('&#39;', "'"));
			// The meta comes before every script, so it covers them all.
			expect(html.indexOf('http-equiv="content-security-policy"'), file).toBeLessThan(
				html.indexOf('<script')
			);
			// What runs: inline scripts that are not data (JSON-LD, kit's serialized data).
			const inline = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
				.filter(([, attrs = '']) => !/\ssrc=|type="application\/(ld\+)?json"/.test(attrs))
				.map(([, , body = '']) => `sha256-${createHash('sha256').update(body).digest('base64')}`);
			expect(policy['script-src'], file).toEqual(quoted(['self', ...new Set(inline)]));
			expect(policy['script-src'], file).not.toContain("'unsafe-inline'");
			for (const hash of APP_HTML_HASHES) expect(inline, file).toContain(hash);
			// Every other directive as .config/csp.js says; frame-ancestors only in the header.
			for (const [name, sources] of Object.entries(DIRECTIVES)) {
				if (name !== 'script-src') expect(policy[name], `${file} ${name}`).toEqual(quoted(sources));
			}
			expect(Object.keys(policy).sort(), file).toEqual(Object.keys(DIRECTIVES).sort());
		}
	}
);

test(
	'the server sends the header policy of static/_headers',
	{ tag: '@phone' },
	async ({ request }) => {
		for (const [path, frameAncestors] of [
			['/', ['self']],
			['/zh/flat/', ['self']],
			['/present/speaker/', ['self']],
			['/embed/economy/2/', null],
			['/zh/embed/story/', null]
		] as const) {
			const headers = (await request.get(path)).headers();
			expect(headers['content-security-policy'], path).toBe(
				headerPolicy({ frameAncestors: frameAncestors ? [...frameAncestors] : null })
			);
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['x-frame-options'], path).toBe(frameAncestors ? 'SAMEORIGIN' : undefined);
		}
	}
);

test('the nginx example sends the same policy', { tag: '@phone' }, () => {
	const conf = readFileSync(resolve(REPO, 'docs/nginx.conf'), 'utf8');
	expect(conf).toContain(`default "${headerPolicy({ frameAncestors: ['self'] })}";`);
	expect(conf).toContain(`~^/(zh/)?embed/ "${headerPolicy({ frameAncestors: null })}";`);
});

for (const lang of ['en', 'zh'] as const) {
	test(`${lang}: reading the story to the end breaks no rule of the policy`, async ({
		page,
		context
	}) => {
		test.setTimeout(60_000);
		const violations = await watchViolations(context);
		await page.goto(lang === 'zh' ? '/zh/' : '/');
		// The policy is really there (so this test can fail), and strict.
		const policy = await metaPolicy(page);
		expect(policy['script-src']).not.toContain("'unsafe-inline'");
		expect(policy['script-src']?.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(1);
		// JSON-LD is data: present, and not reported.
		await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
		await hydrated(page);
		for (const [section, steps] of Object.entries(await sectionSteps(page))) {
			for (let i = 0; i < steps; i++) await scrollToStep(page, section, i);
		}
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await page.waitForTimeout(300);
		expect(await violations()).toEqual([]);
	});
}

test('embeds: a chart page stepped, and the story framed by another site', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(60_000);
	const violations = await watchViolations(context);
	await page.goto(embedPath('en', 'economy', 1));
	await metaPolicy(page);
	await page.locator('[data-embed-chart="economy"]').waitFor();
	await page.locator('[data-step-control="next"]').click();
	await expect(page).toHaveURL(/\/embed\/economy\/2\/$/);

	const iframe = await openHost(page, {
		lib: 'pym',
		trackscroll: true,
		scrollwait: 16,
		src: `${baseURL}${embedPath('en', 'story')}`
	});
	const frame = iframe.contentFrame();
	await expect(frame.locator('[data-scrolly="economy"]')).toHaveAttribute('data-layout', 'hosted');
	// Scrolled through as a reader of the host page would.
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0; y < height; y += 400) {
		await page.evaluate((y) => window.scrollTo(0, y), y);
		await page.waitForTimeout(30);
	}
	expect(await frame.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
	expect(await violations()).toEqual([]);
});

test(
	"another site may frame an embed but not the story's own page (frame-ancestors)",
	{ tag: '@desktop' },
	async ({ page, baseURL, guard }) => {
		const embed = await openHost(page, {
			lib: 'plain',
			src: `${baseURL}${embedPath('en', 'money')}`
		});
		await expect(embed.contentFrame().locator('[data-embed-chart="money"]')).toBeVisible();
		const refused = page.waitForEvent(
			'console',
			(m) => /frame-ancestors/.test(m.text()) && m.type() === 'error'
		);
		await openHost(page, { lib: 'plain', src: `${baseURL}/` });
		await refused;
		await expect(page.frameLocator('#host-embed iframe').locator('[data-scrolly]')).toHaveCount(0);
		// The refusal is the console error this test expects; anything else still fails it.
		guard.errors = guard.errors.filter((e) => !/frame-ancestors/.test(e));
	}
);

test(
	'presenting: every slide, and the speaker view',
	{ tag: '@desktop' },
	async ({ page, context }) => {
		test.setTimeout(60_000);
		const violations = await watchViolations(context);
		await page.goto('/present/');
		await expect(page.locator('[data-deck]')).toHaveAttribute('data-ready', 'true');
		await metaPolicy(page);
		for (let i = 1; i < DECK.length; i++) {
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide-index', String(i));
		}
		const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
		await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-ready', 'true');
		await metaPolicy(speaker);
		await speaker.keyboard.press('ArrowLeft');
		await expect(page.locator('[data-deck]')).toHaveAttribute(
			'data-slide-index',
			String(DECK.length - 2)
		);
		expect(await violations()).toEqual([]);
	}
);
