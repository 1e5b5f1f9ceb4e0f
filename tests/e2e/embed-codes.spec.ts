// The "Embed" control under every chart and at the end of the story: one
// per registry chart and one for the story, in both editions; opened from
// the keyboard it shows both codes of EMBED.md with absolute URLs to that
// edition's embed page, copies exactly the code and says so, fits a phone,
// and covers neither its chart nor a step card.
//
// The build under test has no PUBLIC_ORIGIN (the committed .env): the codes
// then point at the address the page was opened at, and appear once the
// page runs. Built with PUBLIC_ORIGIN, the same tests expect that origin.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { boxesIn, overlapping } from './support/boxes';
import { copyFor } from '$content/index';
import { CHART_IDS, SPECS } from '$lib/charts/specs';
import { plainCopy } from '$lib/format/copy';
import type { Lang } from '$lib/i18n';
import type { EmbedTarget } from '$lib/embed/paths';
import { embedUrl, plainSnippet, pymSnippet } from '$lib/embed/snippets';

const EDITIONS: { lang: Lang; path: string; summary: { chart: string; story: string } }[] = [
	{ lang: 'en', path: '/', summary: { chart: 'Embed this chart', story: 'Embed this story' } },
	{ lang: 'zh', path: '/zh/', summary: { chart: '嵌入本图', story: '嵌入全文' } }
];

const TARGETS: EmbedTarget[] = [...CHART_IDS, 'story'];

/** The origin the codes must name: the build's PUBLIC_ORIGIN, else the page's own. */
function expectedOrigin(baseURL: string | undefined): string {
	return (process.env.PUBLIC_ORIGIN || baseURL || '').replace(/\/$/, '');
}

/** The embed's title as the page passes it: the chart's title, or the story's. */
function titleOf(target: EmbedTarget, lang: Lang): string {
	const copy = copyFor(lang);
	return target === 'story'
		? plainCopy(copy.meta.title, lang)
		: (SPECS[target].copy(copy) as { title: string }).title;
}

function control(page: Page, target: EmbedTarget): Locator {
	return page.locator(`[data-embed-code="${target}"]`);
}

/** Waits for the codes: with no PUBLIC_ORIGIN they are written once the page runs. */
async function ready(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('[data-embed-code] summary')).toHaveCount(TARGETS.length);
}

for (const { lang, path, summary } of EDITIONS) {
	test(`one control per chart and one for the story on ${path}, in its language`, async ({
		page
	}) => {
		await ready(page, path);
		for (const target of TARGETS) {
			const el = control(page, target);
			await expect(el, target).toHaveCount(1);
			await expect(el.locator('summary')).toHaveText(
				target === 'story' ? summary.story : summary.chart
			);
			await expect(el.locator('details')).not.toHaveAttribute('open');
		}
		await expect(page.locator('[data-embed-code]')).toHaveCount(TARGETS.length);
	});

	test(`opened from the keyboard, every control on ${path} shows both codes for the ${lang} embed`, async ({
		page,
		baseURL
	}) => {
		await ready(page, path);
		const origin = expectedOrigin(baseURL);
		for (const [i, target] of TARGETS.entries()) {
			const el = control(page, target);
			const title = titleOf(target, lang);
			const url = embedUrl(origin, '', lang, target);
			await el.locator('summary').focus();
			// Enter and Space both open a summary.
			await page.keyboard.press(i % 2 ? 'Space' : 'Enter');
			await expect(el.locator('details')).toHaveAttribute('open');

			const plain = el.locator('[data-embed-form="plain"] textarea');
			const pym = el.locator('[data-embed-form="pym"] textarea');
			await expect(plain).toBeVisible();
			await expect(pym).toBeVisible();
			await expect(plain).toHaveValue(plainSnippet({ target, lang, title, url }));
			await expect(pym).toHaveValue(pymSnippet({ target, lang, title, url }));

			// Tab reaches each code and its copy button, in order.
			for (const stop of [
				plain,
				el.locator('[data-embed-form="plain"] button'),
				pym,
				el.locator('[data-embed-form="pym"] button')
			]) {
				await page.keyboard.press('Tab');
				await expect(stop).toBeFocused();
			}
		}
		// Spelled out once, not through the functions under test: an absolute
		// URL of this edition's embed page.
		const prefix = lang === 'zh' ? '/zh' : '';
		await expect(control(page, 'economy').locator('textarea').first()).toHaveValue(
			new RegExp(`^<iframe src="${origin}${prefix}/embed/economy/" `)
		);
		await expect(control(page, 'story').locator('textarea').last()).toHaveValue(
			new RegExp(`'${origin}${prefix}/embed/story/', \\{trackscroll: true, scrollwait: 16, title: `)
		);
	});
}

test.describe('copying', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	for (const { lang, path } of EDITIONS) {
		test(`the copy button puts exactly the code on the clipboard and says so, on ${path}`, async ({
			page
		}) => {
			await ready(page, path);
			const el = control(page, lang === 'en' ? 'economy' : 'timeline');
			await el.locator('summary').click();
			for (const kind of ['plain', 'pym'] as const) {
				const form = el.locator(`[data-embed-form="${kind}"]`);
				await form.locator('button').click();
				await expect(form.getByRole('status')).toHaveText(lang === 'en' ? 'Copied' : '已复制');
				const code = await form.locator('textarea').inputValue();
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
			}
			// One announcement at a time: the first form's has been cleared.
			await expect(el.locator('[data-embed-form="plain"]').getByRole('status')).toHaveText('');
		});
	}

	test('without the clipboard, the code is selected for the reader to copy', async ({ page }) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
		});
		await ready(page, '/');
		const form = control(page, 'money').locator('[data-embed-form="pym"]');
		await control(page, 'money').locator('summary').click();
		await form.locator('button').click();
		await expect(form.getByRole('status')).toHaveText(/^Selected: press Ctrl\+C/);
		const field = form.locator('textarea');
		await expect(field).toBeFocused();
		const [start, end, length] = await field.evaluate((t: HTMLTextAreaElement) => [
			t.selectionStart,
			t.selectionEnd,
			t.value.length
		]);
		expect([start, end]).toEqual([0, length]);
	});
});

test(
	'without JavaScript, no code points nowhere',
	{ tag: '@phone' },
	async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		for (const { path } of EDITIONS) {
			await page.goto(path);
			const codes = page.locator('[data-embed-code] textarea');
			// The control keeps its place either way, so nothing moves when it arrives.
			await expect(page.locator('[data-embed-code]')).toHaveCount(TARGETS.length);
			if (process.env.PUBLIC_ORIGIN) {
				await expect(codes).toHaveCount(TARGETS.length * 2);
				await expect(page.locator('[data-embed-code] button')).toHaveCount(0);
				for (const value of await codes.evaluateAll((ts) =>
					ts.map((t) => (t as HTMLTextAreaElement).value)
				)) {
					expect(value).toContain(`${process.env.PUBLIC_ORIGIN.replace(/\/$/, '')}/`);
				}
			} else {
				// No origin known at build time: no code rather than one with a relative URL.
				await expect(codes).toHaveCount(0);
			}
			const heights = await page
				.locator('[data-embed-code]')
				.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
			for (const h of heights) expect(h).toBeGreaterThanOrEqual(27);
		}
		await context.close();
	}
);

for (const width of [320, 390]) {
	test(`every control open fits a ${width} px phone`, { tag: '@phone' }, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		for (const { path } of EDITIONS) {
			await ready(page, path);
			await page.locator('[data-embed-code] details').evaluateAll((ds) => {
				for (const d of ds) (d as HTMLDetailsElement).open = true;
			});
			const wide = await page.evaluate(() => ({
				page: document.documentElement.scrollWidth,
				window: window.innerWidth,
				// Each code box inside the window; the code itself may scroll inside it.
				boxes: Array.from(document.querySelectorAll('[data-embed-code] textarea'))
					.map((t) => t.getBoundingClientRect())
					.filter((r) => r.left < -0.5 || r.right > window.innerWidth + 0.5).length
			}));
			expect(wide, path).toEqual({ page: width, window: width, boxes: 0 });
		}
	});
}

for (const { path } of EDITIONS) {
	test(`an open control covers neither its chart nor a step card, on ${path}`, async ({ page }) => {
		await ready(page, path);
		const problems: string[] = [];
		for (const target of CHART_IDS) {
			const el = control(page, target);
			// Opened by script: a covered summary could not be clicked, and the
			// test would time out instead of naming what covers the panel.
			await el.locator('details').evaluate((d: HTMLDetailsElement) => (d.open = true));
			// Where a reader meets it (its top at the foot of the window, then in
			// the middle, then at the top) and wherever the sticky graphic is then.
			for (const at of [0.9, 0.5, 0.05]) {
				await el.evaluate(
					(e, at) => window.scrollBy(0, e.getBoundingClientRect().top - window.innerHeight * at),
					at
				);
				await page.evaluate(
					() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
				);
				const [panel] = await boxesIn(el, 'details');
				const others = await boxesIn(
					page.locator('main'),
					`figure[data-chart="${target}"], [data-scrolly="${target}"] .card`
				);
				// Only the panel against the rest: cards do pass under the sticky graphic.
				for (const other of others) {
					if (overlapping([panel!, other]).length) {
						problems.push(`${target} at ${at}: “${other.text.slice(0, 60)}…”`);
					}
				}
			}
			await el.locator('details').evaluate((d: HTMLDetailsElement) => (d.open = false));
		}
		expect(problems).toEqual([]);
	});
}

test('an open control passes axe', async ({ page }) => {
	// Six scans of the whole story page: seconds each on a busy two-core machine.
	test.setTimeout(90_000);
	for (const { path } of EDITIONS) {
		await ready(page, path);
		for (const target of ['economy', 'timeline', 'story'] as const) {
			await control(page, target).locator('summary').click();
			const results = await new AxeBuilder({ page })
				.include(`[data-embed-code="${target}"]`)
				.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(results.violations.map((v) => `${path} ${target}: ${v.id}`)).toEqual([]);
		}
	}
});
