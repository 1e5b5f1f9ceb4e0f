// Lighthouse's SEO and accessibility categories, on both editions of the
// sub-path build (made with PUBLIC_ORIGIN, so the canonical and hreflang tags
// are there), in a Chromium of its own. Both must score 100; a lower score
// lists the failing audits by id with the nodes they name. Once (@desktop):
// Lighthouse sets its own mobile form factor.
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { chromiumArgs, findChromium } from '../support/chromium';
import { SUBPATH_BASE, subpathOrigin } from '../support/subpath';

const SITE = `${subpathOrigin()}${SUBPATH_BASE}/`;
const CATEGORIES = ['seo', 'accessibility'] as const;

let chrome: LaunchedChrome | undefined;

test.beforeAll(async () => {
	const choice = findChromium();
	chrome = await launch({
		chromePath: choice.executablePath ?? chromium.executablePath(),
		chromeFlags: ['--headless=new', ...chromiumArgs(choice), '--disable-dev-shm-usage'],
		logLevel: 'error'
	});
});

test.afterAll(async () => {
	chrome?.kill();
});

for (const path of ['', 'zh/']) {
	test(`Lighthouse: SEO and accessibility score 100 on /${path}`, { tag: '@desktop' }, async () => {
		test.setTimeout(60_000);
		const result = await lighthouse(`${SITE}${path}`, {
			port: chrome?.port,
			onlyCategories: [...CATEGORIES],
			output: 'json',
			logLevel: 'error'
		});
		const lhr = result?.lhr;
		expect(lhr, 'Lighthouse returned no report').toBeDefined();
		if (!lhr) return;
		expect(lhr.runtimeError, lhr.runtimeError?.message).toBeUndefined();
		const failing: string[] = [];
		const scores: Record<string, number | null> = {};
		for (const id of CATEGORIES) {
			const category = lhr.categories[id];
			scores[id] = category?.score == null ? null : Math.round(category.score * 100);
			for (const ref of category?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (!audit || ref.weight === 0 || audit.score === null || audit.score === 1) continue;
				const details = audit.details as
					{ items?: { node?: { selector?: string; snippet?: string } }[] } | undefined;
				const nodes = (details?.items ?? [])
					.map((item) => item.node?.selector ?? item.node?.snippet)
					.filter(Boolean)
					.slice(0, 5);
				failing.push(
					`${id}/${ref.id}: ${audit.title}${nodes.length ? ` (${nodes.join('; ')})` : ''}`
				);
			}
		}
		test.info().annotations.push({ type: 'lighthouse', description: JSON.stringify(scores) });
		console.log(`Lighthouse /${path}: ${JSON.stringify(scores)}`);
		expect(failing, 'failing audits').toEqual([]);
		expect(scores).toEqual({ seo: 100, accessibility: 100 });
	});
}
