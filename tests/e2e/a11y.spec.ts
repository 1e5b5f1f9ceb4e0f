// Every page as assistive technology meets it: axe-core's default rules
// (WCAG 2.x A and AA plus its best practices) on the story, the flat
// version, the presentation and speaker views, the 404 and every embed, at
// both sizes and in several step states; headings that never skip a level;
// and a keyboard that reaches every control, sees where it is and can use it.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { hydrated, atRest } from './support/ready';
import { scrollToStep, sectionSteps } from './support/steps';
import { CHART_IDS, SPECS } from '../../src/lib/charts/specs';
import { embedPath } from '../../src/lib/embed/paths';
import { LANGS, EDITION_PATH } from '../../src/lib/i18n';

/**
 * Runs axe on the page (or the part `include` names) and fails listing each
 * violated rule with the first elements that break it. Open disclosures
 * first: axe skips what is hidden, and the data tables must pass too.
 */
async function scan(page: Page, what: string, include?: string, exclude?: string): Promise<void> {
	await page.evaluate(() => {
		for (const d of document.querySelectorAll('details')) d.open = true;
	});
	let builder = new AxeBuilder({ page });
	if (include) builder = builder.include(include);
	if (exclude) builder = builder.exclude(exclude);
	const results = await builder.analyze();
	// A scan that found nothing to check proves nothing.
	expect(results.passes.length, `${what}: axe checked something`).toBeGreaterThan(5);
	expect(
		results.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.nodes
					.slice(0, 4)
					.map((n) => n.target.join(' '))
					.join(' | ')}`
		),
		what
	).toEqual([]);
}

/** The charts' drawings (their SVGs and marks), left out of scans that repeat them. */
const DRAWINGS = 'figure[data-chart] .plot';

const storyPath = (lang: (typeof LANGS)[number]) => EDITION_PATH[lang];

/**
 * The 404 page, opened in a context of its own: the browser logs the
 * page's 404 status as a console error, which the fixture's guard counts.
 */
async function notFoundPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	return page;
}

for (const lang of LANGS) {
	test(`${lang} story: no axe violation at the top, mid-story and at the last step`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto(storyPath(lang));
		await hydrated(page);
		await scan(page, `${lang} top`);

		const sections = Object.entries(await sectionSteps(page));
		const [mid, midSteps] = sections[Math.floor(sections.length / 2)]!;
		const [last, lastSteps] = sections.at(-1)!;
		for (const [section, i] of [
			[mid, Math.floor(midSteps / 2)],
			[last, lastSteps - 1]
		] as const) {
			await scrollToStep(page, section, i);
			await atRest(page.locator(`[data-scrolly="${section}"] .graphic`));
			await scan(page, `${lang} ${section} step ${i}`, `[data-scrolly="${section}"]`);
		}
	});

	test(`${lang} flat version, presentation, speaker view and 404: no axe violation`, async ({
		page,
		browser
	}) => {
		test.setTimeout(120_000);
		const home = storyPath(lang);
		// The flat version draws every chart at every step: scanned whole once
		// per edition (its markup is the same at any size; axe takes half a
		// minute over its drawings), and at the other size without them.
		await page.goto(`${home}flat/`);
		const whole = test.info().project.name === 'phone';
		await scan(page, `${lang} flat`, undefined, whole ? undefined : DRAWINGS);

		await page.goto(`${home}present/`);
		await expect(page.locator('[data-deck]')).toBeVisible();
		await scan(page, `${lang} present, first slide`);
		for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
		await atRest(page.locator('[data-deck]'));
		await scan(page, `${lang} present, fifth slide`);

		await page.goto(`${home}present/speaker/`);
		await scan(page, `${lang} speaker view`);

		// One 404 page serves both editions.
		if (lang === 'en') {
			const lost = await notFoundPage(browser);
			await scan(lost, '404');
			await lost.context().close();
		}
	});

	test(`${lang} embeds: every chart at its resting step, a stepped chart's first step, the story`, async ({
		page
	}) => {
		test.setTimeout(150_000);
		for (const id of CHART_IDS) {
			await page.goto(embedPath(lang, id));
			await scan(page, `${lang} embed ${id}`);
		}
		const stepped = CHART_IDS.find((id) => SPECS[id].steps > 2)!;
		await page.goto(embedPath(lang, stepped, 0));
		await scan(page, `${lang} embed ${stepped} step 0`);
		// Outside a host that reports its scroll, the story embed is flat: nothing to wait for.
		await page.goto(`${storyPath(lang)}embed/story/`);
		await expect(page.locator('[data-scrolly][data-layout="flat"]').first()).toBeVisible();
		// Its drawings are the flat version's, scanned whole there.
		await scan(page, `${lang} story embed`, undefined, DRAWINGS);
	});
}

/** The page's headings in order, as a screen reader lists them (hidden ones left out). */
function headingLevels(page: Page) {
	return page.evaluate(() =>
		Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]'))
			.filter((h) => !h.closest('[aria-hidden="true"], [hidden], [inert]'))
			.filter((h) => getComputedStyle(h).display !== 'none' && h.getClientRects().length > 0)
			.map((h) => ({
				level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
				text: (h.textContent ?? '').trim().slice(0, 40)
			}))
	);
}

test('every page has one h1 first and never skips a heading level @phone', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const paths: string[] = [];
	for (const lang of LANGS) {
		const home = storyPath(lang);
		paths.push(home, `${home}flat/`, `${home}present/`, `${home}present/speaker/`);
		paths.push(`${home}embed/story/`, ...CHART_IDS.map((id) => embedPath(lang, id)));
	}
	const lost = await notFoundPage(browser);
	const pages: [string, Page][] = [
		['/no-such-page/', lost],
		...paths.map((p) => [p, page] as [string, Page])
	];
	for (const [path, at] of pages) {
		if (at === page) await page.goto(path);
		const levels = await headingLevels(at);
		expect(levels.length, `${path}: has headings`).toBeGreaterThan(0);
		expect(levels[0]?.level, `${path}: starts with its h1`).toBe(1);
		expect(levels.filter((h) => h.level === 1).length, `${path}: one h1`).toBe(1);
		const skips = levels
			.slice(1)
			.filter((h, i) => h.level > levels[i]!.level + 1)
			.map((h) => `h${h.level} "${h.text}"`);
		expect(skips, `${path}: headings that skip a level`).toEqual([]);
	}
	await lost.context().close();
});

/**
 * Where keyboard focus is now: what it is, whether its ring shows, and
 * whether the reader can see it (nothing sticky drawn over its middle).
 */
function focusState(page: Page) {
	return page.evaluate(async () => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		// What focus brings into view (the floating language pill) slides in: read it once there.
		await Promise.all(el.getAnimations().map((a) => a.finished));
		const s = getComputedStyle(el);
		const ring =
			(s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
		const r = el.getBoundingClientRect();
		const x = r.left + Math.min(r.width / 2, 8);
		const y = r.top + r.height / 2;
		const inView = r.width > 1 && r.height > 1 && y >= 0 && y <= innerHeight;
		const top = inView ? document.elementFromPoint(x, y) : null;
		return {
			name: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`,
			kind: el.matches('[data-motion-switch] *, [data-motion-switch]')
				? 'motion'
				: el.matches('[data-lang-switch], [data-lang-switch] *')
					? 'lang'
					: el.matches('[data-chart-data] summary')
						? 'data'
						: el.matches('[data-embed-code] *')
							? 'embed'
							: el.tagName.toLowerCase(),
			ring,
			seen: inView && !!top && (el === top || el.contains(top)),
			skip: el.classList.contains('skip')
		};
	});
}

test('the keyboard reaches every control on the story, sees where it is and uses it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await hydrated(page);

	// First stop: the skip link, shown when focused; it moves focus past the opening.
	await page.keyboard.press('Tab');
	const first = await focusState(page);
	expect(first?.skip, 'the first Tab stop is the skip link').toBe(true);
	expect(first?.seen && first.ring, 'the skip link shows when focused').toBe(true);
	await page.keyboard.press('Enter');
	await expect(page.locator('#story')).toBeFocused();

	// Back to the skip link (blurring would leave Tab's starting point at
	// #story), then every stop on the page.
	await page.evaluate(() => {
		scrollTo(0, 0);
		document.querySelector<HTMLElement>('.skip')?.focus();
	});
	const kinds = new Set<string>();
	const hidden: string[] = [];
	const ringless: string[] = [];
	let stops = 0;
	for (; stops < 400; stops++) {
		await page.keyboard.press('Tab');
		const f = await focusState(page);
		if (!f) break;
		if (f.skip) break; // wrapped round to the top
		kinds.add(f.kind);
		if (!f.seen) hidden.push(f.name);
		if (!f.ring) ringless.push(f.name);
	}
	expect(stops, 'a finite tab order').toBeLessThan(400);
	expect([...kinds], 'the controls the keyboard reaches').toEqual(
		expect.arrayContaining(['lang', 'motion', 'data', 'embed', 'a'])
	);
	expect(hidden, 'focused but covered or off screen').toEqual([]);
	expect(ringless, 'focused without a visible ring').toEqual([]);

	// Each control works from the keyboard.
	const summary = page.locator('[data-chart-data] summary').first();
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-chart-data]').first()).toHaveAttribute('open', '');
	await expect(page.locator('[data-chart-data]').first().locator('table')).toBeVisible();

	const motion = page.locator('[data-motion-switch] [role="switch"]');
	const before = await motion.getAttribute('aria-checked');
	await motion.focus();
	await page.keyboard.press('Space');
	await expect(motion).not.toHaveAttribute('aria-checked', before ?? '');
});
