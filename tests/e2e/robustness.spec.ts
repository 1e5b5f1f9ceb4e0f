// The story under rough handling, in both editions: instant jumps to the
// ends and back, hash jumps good and bad, rotating a phone mid-transition,
// Back and Forward between step links, switching language mid-story, and
// twenty quick scroll-throughs without memory or DOM growth. After each one
// every sticky chart must say (its aria-label, the spec's describe) exactly
// the step its section reports active; no chart geometry is read. Besides
// the page guard's errors, these tests fail on any console warning.
import type { CDPSession, Page } from '@playwright/test';
import { expect, test as guarded } from './support/fixtures';
import { atRest, drawnThrough, hydrated } from './support/ready';
import { scrollToStep } from './support/steps';
import { SPECS, type ChartId } from '$lib/charts/specs';
import { storyCharts } from '$lib/story/manifest';
import { copyFor } from '$content/index';
import { EDITION_PATH, LANGS, otherLang, type Lang } from '$lib/i18n';

const test = guarded.extend<{ warnings: string[] }>({
	warnings: [
		async ({ page }, use) => {
			const warnings: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'warning') warnings.push(`${m.text()} (${m.location().url})`);
			});
			// A script-ish hash that ran would show itself as a dialog.
			page.on('dialog', (d) => {
				warnings.push(`dialog: ${d.message()}`);
				void d.dismiss();
			});
			await use(warnings);
			expect(warnings, 'console warnings and dialogs').toEqual([]);
		},
		{ auto: true }
	]
});

/** The scroll sections in reading order, and every step link they answer to. */
const SECTIONS = storyCharts()
	.filter((c) => c.scrolly)
	.map((c) => c.chart);
const STEP_IDS = SECTIONS.flatMap((id) =>
	Array.from({ length: SPECS[id].steps }, (_, i) => `${id}-${i}`)
);

/** Hashes that name no step; the last must never reach the page as markup. */
const BAD_HASHES = ['#nope-9', '#economy-999', '#<img src=x onerror=alert(1)>'];

interface Shown {
	id: ChartId;
	active: number;
	label: string | null;
}

/** What every running sticky section reports: its active step and its chart's label. */
const readSections = (page: Page): Promise<Shown[]> =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-scrolly][data-layout="sticky"]')].map((s) => {
			const id = s.dataset.scrolly ?? '';
			const img = s.querySelector(`figure[data-chart="${id}"] [role="img"]`);
			return {
				id: id as ChartId,
				active: Number(s.dataset.activeStep),
				label: img?.getAttribute('aria-label') ?? null
			};
		})
	);

/** Sections whose chart does not say what its active step (or, before the first, its entry step) shows. */
async function mismatches(page: Page, lang: Lang): Promise<string[]> {
	const copy = copyFor(lang);
	const shown = await readSections(page);
	if (shown.length !== SECTIONS.length) return [`${shown.length} sticky sections running`];
	return shown.flatMap(({ id, active, label }) => {
		const spec = SPECS[id];
		const step = active < 0 ? spec.entryStep : active;
		const want = spec.describe(step, spec.copy(copy), lang);
		return label === want ? [] : [`${id} at ${active}: "${label}", not "${want}"`];
	});
}

/** Waits until every sticky chart is in the state of the step its section shows. */
async function expectChartsOnTheirSteps(page: Page, lang: Lang): Promise<void> {
	await expect
		.poll(() => mismatches(page, lang), {
			message: 'every chart in its step state',
			timeout: 15_000
		})
		.toEqual([]);
}

/** The active step of every section. */
const actives = async (page: Page) =>
	Object.fromEntries((await readSections(page)).map((s) => [s.id, s.active]));

/** The reader is on step `id` ("economy-2"): its section reports it and it is on screen. */
async function expectReaderAt(page: Page, stepId: string): Promise<void> {
	const [, section, step] = /^(.+)-(\d+)$/.exec(stepId)!;
	await expect(page.locator(`[data-scrolly="${section}"]`)).toHaveAttribute(
		'data-active-step',
		step!
	);
	await expect(page.locator(`#${stepId}`)).toBeInViewport();
}

/** A fixed pseudo-random pick (a small LCG), so a failure replays exactly. */
function seeded<T>(items: readonly T[], count: number, seed: number): T[] {
	let s = seed;
	return Array.from({ length: count }, () => {
		s = (s * 1103515245 + 12345) % 2 ** 31;
		return items[s % items.length]!;
	});
}

/**
 * Hydrated and settled (ready.ts), given longer than an assertion's five
 * seconds: on a busy machine the story's load event can come later.
 */
async function running(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			document.querySelector('[data-scrolly]') &&
			!document.querySelector('[data-scrolly]:not([data-motion="live"])'),
		null,
		{ timeout: 20_000 }
	);
	await hydrated(page);
}

const open = async (page: Page, lang: Lang, hash = '') => {
	await page.goto(EDITION_PATH[lang] + hash);
	await running(page);
};

for (const lang of LANGS) {
	test.describe(`${lang}`, () => {
		test('jumping to the bottom and back to the top, again and again, lands every chart on its step', async ({
			page
		}) => {
			await open(page, lang);
			const entries = await page.evaluate(() => history.length);
			// Quick jumps with no wait, one frame, one task or a short pause between.
			await page.evaluate(async () => {
				const max = () => document.documentElement.scrollHeight - innerHeight;
				const frame = () => new Promise(requestAnimationFrame);
				const task = () => new Promise((r) => setTimeout(r, 0));
				const pause = () => new Promise((r) => setTimeout(r, 40));
				const waits = [null, frame, task, pause, frame, null, pause, task];
				for (const wait of waits) {
					scrollTo(0, max());
					await wait?.();
					scrollTo(0, 0);
					await wait?.();
				}
				scrollTo(0, max());
			});
			// At the bottom every section is past its last step.
			await expect
				.poll(() => actives(page))
				.toEqual(Object.fromEntries(SECTIONS.map((id) => [id, SPECS[id].steps - 1])));
			await expectChartsOnTheirSteps(page, lang);
			await page.evaluate(() => scrollTo(0, 0));
			await expect
				.poll(() => actives(page))
				.toEqual(Object.fromEntries(SECTIONS.map((id) => [id, -1])));
			await expectChartsOnTheirSteps(page, lang);
			// The reader's scrolling is never written into the history.
			expect(await page.evaluate(() => history.length)).toBe(entries);
		});

		test('hash jumps land on the step they name; a bad hash moves nothing and never reaches the page', async ({
			page
		}) => {
			await open(page, lang);
			const jumps = seeded(STEP_IDS, 10, 7).map((id) => `#${id}`);
			// Quickly, a frame apart, with the bad ones among them.
			const mixed = [...jumps.slice(0, 4), ...BAD_HASHES, ...jumps.slice(4)];
			await page.evaluate(async (hashes) => {
				for (const h of hashes) {
					location.hash = h;
					await new Promise(requestAnimationFrame);
				}
			}, mixed);
			await expectReaderAt(page, jumps.at(-1)!.slice(1));
			await expectChartsOnTheirSteps(page, lang);

			// One at a time: a good one lands; a bad one after it leaves the reader there.
			for (const [good, bad] of seeded(STEP_IDS, BAD_HASHES.length, 11).map(
				(id, i) => [id, BAD_HASHES[i]!] as const
			)) {
				await page.evaluate((h) => (location.hash = h), `#${good}`);
				await expectReaderAt(page, good);
				await expectChartsOnTheirSteps(page, lang);
				const before = { y: await page.evaluate(() => scrollY), steps: await actives(page) };
				await page.evaluate(async (h) => {
					location.hash = h;
					// The hashchange, and two frames for anything it set off.
					await new Promise((r) => addEventListener('hashchange', r, { once: true }));
					await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				}, bad);
				expect(await page.evaluate(() => scrollY), `${bad} moves nothing`).toBe(before.y);
				expect(await actives(page), `${bad} changes no step`).toEqual(before.steps);
			}
			await expectChartsOnTheirSteps(page, lang);
			// Nothing of the bad hashes is in the page, as text or markup.
			const html = await page.evaluate(() => document.documentElement.outerHTML);
			for (const echo of ['nope-9', 'economy-999', 'onerror', 'alert(1)']) {
				expect(html, `"${echo}" in the page`).not.toContain(echo);
			}
			await expect(page.locator('img[src="x"]')).toHaveCount(0);
		});

		test(
			'rotating a phone mid-transition settles every chart on its step',
			{ tag: '@phone' },
			async ({ page }) => {
				const portrait = { width: 390, height: 844 };
				const landscape = { width: 844, height: 390 };
				await page.setViewportSize(portrait);
				await open(page, lang);
				for (const [section, from, last] of [
					['economy', 1, portrait],
					['money', 2, landscape]
				] as const) {
					await scrollToStep(page, section, from);
					// The next step starts its transition; the phone turns before it ends.
					await page.evaluate(
						(id) =>
							document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }),
						`${section}-${from + 1}`
					);
					for (const size of [landscape, portrait, landscape, portrait, last]) {
						await page.setViewportSize(size);
					}
					await expectChartsOnTheirSteps(page, lang);
					// The step the section shows is the one on screen.
					const active = await page
						.locator(`[data-scrolly="${section}"]`)
						.getAttribute('data-active-step');
					await expect(page.locator(`#${section}-${active}`)).toBeInViewport();
				}
			}
		);

		test('Back and Forward between step links take the reader to the step the hash names', async ({
			page
		}) => {
			await open(page, lang, '#economy-2');
			await expectReaderAt(page, 'economy-2');
			// A hash set by a script (or typed): no history state of SvelteKit's own.
			await page.evaluate(() => (location.hash = '#money-1'));
			await expectReaderAt(page, 'money-1');
			await page.goBack();
			expect(new URL(page.url()).hash).toBe('#economy-2');
			await expectReaderAt(page, 'economy-2');
			await expectChartsOnTheirSteps(page, lang);
			await page.goForward();
			expect(new URL(page.url()).hash).toBe('#money-1');
			await expectReaderAt(page, 'money-1');
			await expectChartsOnTheirSteps(page, lang);

			// A link in the page (SvelteKit's own hash navigation), after the
			// reader has scrolled on from where the hash put them.
			await page.evaluate(() => {
				const a = document.createElement('a');
				a.href = '#rebuilding-1';
				a.id = 'test-link';
				a.textContent = 'to rebuilding';
				a.style.cssText = 'position:fixed;top:0;left:0;z-index:99;background:white';
				document.body.append(a);
			});
			await page.locator('#test-link').click();
			await expectReaderAt(page, 'rebuilding-1');
			await scrollToStep(page, 'rebuilding', 3);
			await page.goBack();
			expect(new URL(page.url()).hash).toBe('#money-1');
			await expectReaderAt(page, 'money-1');
			await page.goForward();
			expect(new URL(page.url()).hash).toBe('#rebuilding-1');
			await expectReaderAt(page, 'rebuilding-1');
			await expectChartsOnTheirSteps(page, lang);
		});

		test('switching language mid-story lands on the same step, its chart in that state', async ({
			page
		}) => {
			const other = otherLang(lang);
			await open(page, lang);
			await scrollToStep(page, 'money', 1);
			// The next step's transition is under way when the reader switches.
			await page
				.locator('#money-2')
				.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
			await expect(page.locator('[data-scrolly="money"]')).toHaveAttribute('data-active-step', '2');
			// The floating pill, by keyboard: a click would first scroll it into view.
			const pill = page.locator('[data-lang-switch="floating"]');
			await pill.focus();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${EDITION_PATH[other]}#money-2$`));
			await running(page);
			await expectReaderAt(page, 'money-2');
			await expectChartsOnTheirSteps(page, other);
		});

		test(
			'twenty quick scroll-throughs grow neither the JS heap nor the DOM',
			{ tag: '@desktop' },
			async ({ page }) => {
				test.setTimeout(90_000);
				await open(page, lang);
				// Every section drawn first: a chart drawing when a through first
				// comes near it is growth by design, not a leak.
				await drawnThrough(page);
				const cdp = await page.context().newCDPSession(page);
				await cdp.send('Performance.enable');
				const through = () =>
					page.evaluate(async (ids) => {
						for (const id of ids) {
							document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' });
							await new Promise(requestAnimationFrame);
						}
						scrollTo(0, document.documentElement.scrollHeight);
						await new Promise(requestAnimationFrame);
						scrollTo(0, 0);
					}, STEP_IDS);
				for (let i = 0; i < 2; i++) await through();
				const early = await settledMetrics(page, cdp, lang);
				for (let i = 2; i < 20; i++) await through();
				const late = await settledMetrics(page, cdp, lang);
				test.info().annotations.push({
					type: 'memory',
					description: `after 2: ${early.nodes} nodes in the page, ${early.live} live, ${early.heap} B; after 20: ${late.nodes}, ${late.live}, ${late.heap} B`
				});
				// The DOM at the top, every chart at rest, is the same DOM each time:
				// anything left over from a through (a mark never removed) adds to it.
				expect(late.nodes, 'nodes in the page after 20 throughs vs after 2').toBe(early.nodes);
				// The renderer's count of live nodes also holds detached ones a
				// listener keeps alive. It moves by a few dozen between readings
				// (seen: 7111 vs 7152, both ways) with nodes not yet collected; 18
				// throughs' worth of kept sections would be thousands.
				expect(late.live / early.live, `live nodes ${early.live} → ${late.live}`).toBeLessThan(
					1.02
				);
				// The heap after a full collection moves a little with code
				// caches and interned strings: a tenth is room for that, and far
				// less than 18 more throughs' worth of kept marks or listeners.
				expect(late.heap / early.heap, `JS heap ${early.heap} → ${late.heap}`).toBeLessThan(1.1);
			}
		);
	});
}

/**
 * Back at the top with every chart on its step and at rest: the nodes in
 * the page, the renderer's live nodes and the used JS heap after a full
 * garbage collection, read again
 * until two readings in a row give the same node count (tweens that are
 * still ending remove their nodes).
 */
async function settledMetrics(
	page: Page,
	cdp: CDPSession,
	lang: Lang
): Promise<{ nodes: number; live: number; heap: number }> {
	await expect
		.poll(() => actives(page))
		.toEqual(Object.fromEntries(SECTIONS.map((id) => [id, -1])));
	await expectChartsOnTheirSteps(page, lang);
	// Every transition ended: a label still fading out is still in the page.
	for (const id of SECTIONS) await atRest(page.locator(`[data-scrolly="${id}"] .graphic`));
	const read = async () => {
		await cdp.send('HeapProfiler.collectGarbage');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
		const nodes = await page.evaluate(() => {
			const walk = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
			let n = 0;
			while (walk.nextNode()) n++;
			return n;
		});
		return { nodes, live: get('Nodes'), heap: get('JSHeapUsedSize') };
	};
	let last = await read();
	await expect
		.poll(async () => {
			const now = await read();
			const same = now.nodes === last.nodes;
			last = now;
			return same;
		})
		.toBe(true);
	return last;
}
