// Every chart at every step, driven by the registry: the flat page draws each
// scroll section's steps one under another, so one page load shows every
// state of every chart. For each size a reader meets and both editions, each
// drawn state must fit (no sideways scroll, every visible label inside its
// figure), say in words what its spec says it shows, and mark only the
// figures its spec lists.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { copyFor } from '$content/index';
import { SPECS, CHART_IDS, type ChartId } from '$lib/charts/specs';
import { storyCharts } from '$lib/story/manifest';
import type { Lang } from '$lib/i18n';
import { LABEL_SIZES } from './support/sizes';

const EDITIONS: { lang: Lang; path: string }[] = [
	{ lang: 'en', path: '/flat/' },
	{ lang: 'zh', path: '/zh/flat/' }
];

interface Drawn {
	chart: ChartId;
	/** The step it is drawn at: from its flat step, or its rest step when static. */
	step: number;
	label: string | null;
	facts: string[];
	/** Visible labels sticking out of the figure, by text. */
	outside: string[];
	/** Left x of the title, the drawing area and the caption, rounded. */
	edges: { title: number; plot: number; caption: number | null };
}

/** Reads every figure on the page: its chart, step, aria-label, facts and stray labels. */
function readFigures(page: Page): Promise<Drawn[]> {
	return page.evaluate(() => {
		const visible = (el: Element, stop: Element) => {
			for (let n: Element | null = el; n && n !== stop; n = n.parentElement) {
				const cs = getComputedStyle(n);
				if (cs.opacity === '0' || cs.visibility === 'hidden' || cs.display === 'none') {
					return false;
				}
			}
			return true;
		};
		return [...document.querySelectorAll<HTMLElement>('figure[data-chart]')].map((fig) => {
			const box = fig.getBoundingClientRect();
			const step = fig.closest<HTMLElement>('[data-step]')?.dataset.step;
			// Leaf elements with words of their own, in the figure's HTML layers.
			const words = [...fig.querySelectorAll('.plot *')].filter(
				(el) =>
					!(el instanceof SVGElement) &&
					[...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '')
			);
			const outside = words
				.filter((el) => visible(el, fig))
				.map((el) => ({ text: el.textContent!.trim(), r: el.getBoundingClientRect() }))
				.filter(
					({ r }) =>
						r.width > 0 &&
						(r.left < box.left - 1 ||
							r.right > box.right + 1 ||
							r.top < box.top - 1 ||
							r.bottom > box.bottom + 1)
				)
				.map(({ text }) => text);
			const facts = [...fig.querySelectorAll<HTMLElement>('[data-fact]')].flatMap((el) =>
				(el.dataset.fact ?? '').split(' ')
			);
			return {
				chart: fig.dataset.chart as ChartId,
				step: step === undefined ? -1 : Number(step),
				label: fig.querySelector('svg[role=img]')?.getAttribute('aria-label') ?? null,
				facts: [...new Set(facts)],
				outside,
				edges: {
					title: Math.round(fig.querySelector('.chart-title')!.getBoundingClientRect().left),
					plot: Math.round(fig.querySelector('.plot')!.getBoundingClientRect().left),
					caption: (() => {
						const c = fig.querySelector('figcaption');
						return c && getComputedStyle(c).display !== 'none'
							? Math.round(c.getBoundingClientRect().left)
							: null;
					})()
				}
			};
		});
	});
}

for (const { lang, path } of EDITIONS) {
	const copy = copyFor(lang);

	test(
		`${path}: every scroll section unrolls into its spec's steps, with nothing sticky`,
		{ tag: '@phone' },
		async ({ page }) => {
			await page.goto(path);
			for (const { chart, scrolly } of storyCharts()) {
				if (!scrolly) continue;
				const section = page.locator(`section[data-scrolly="${chart}"][data-layout="flat"]`);
				await expect(section.locator('[data-step]')).toHaveCount(SPECS[chart].steps);
				await expect(section.locator('figure[data-chart]')).toHaveCount(SPECS[chart].steps);
			}
			const sticky = await page.evaluate(
				() =>
					[...document.querySelectorAll('*')].filter(
						(el) => getComputedStyle(el).position === 'sticky'
					).length
			);
			expect(sticky).toBe(0);
			// Many instances of one chart, and still no two elements share an id.
			const dupes = await page.evaluate(() => {
				const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
				return ids.filter((id, i) => ids.indexOf(id) !== i);
			});
			expect(dupes).toEqual([]);
		}
	);

	test(
		`${path}: without JavaScript, each step's chart is already drawn at that step`,
		{ tag: '@phone' },
		async ({ request }) => {
			// The server render, not the hydrated page: a chart mounted at step N
			// must print step N, or a reader without JavaScript sees step 0 N times.
			const html = await (await request.get(path)).text();
			const sections = [
				...html.matchAll(
					/<section[^>]*data-scrolly="([\w-]+)"[^>]*data-layout="flat"[\s\S]*?<\/section>/g
				)
			];
			expect(sections.map((m) => m[1]).sort()).toEqual(
				storyCharts()
					.filter((c) => c.scrolly)
					.map((c) => c.chart)
					.sort()
			);
			for (const [section, id] of sections.map((m) => [m[0], m[1] as ChartId] as const)) {
				const spec = SPECS[id];
				const labels = [...section.matchAll(/<svg[^>]*role="img"[^>]*aria-label="([^"]*)"/g)].map(
					(m) => m[1]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'")
				);
				const expected = [...Array(spec.steps).keys()].map((step) =>
					spec.describe(step, spec.copy(copy), lang)
				);
				expect(labels, id).toEqual(expected);
			}
		}
	);

	for (const [width, height] of LABEL_SIZES) {
		test(
			`${path} at ${width}×${height}: every chart at every step fits, says what it shows and marks its own figures`,
			{ tag: '@phone' },
			async ({ page }) => {
				await page.setViewportSize({ width, height });
				await page.goto(path);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, 'sideways scroll').toBeLessThanOrEqual(0);

				const drawn = await readFigures(page);
				const seen = new Map<ChartId, Set<string>>();
				for (const d of drawn) {
					const spec = SPECS[d.chart];
					expect(spec, d.chart).toBeDefined();
					const step = d.step < 0 ? spec.restStep : d.step;
					const where = `${d.chart} step ${step}`;
					expect(d.outside, `${where}: labels outside the figure`).toEqual([]);
					// One frame style: title, drawing and caption share one left edge.
					expect(d.edges.plot, `${where}: drawing on the title's edge`).toBe(d.edges.title);
					if (d.edges.caption !== null) {
						expect(d.edges.caption, `${where}: caption on the title's edge`).toBe(d.edges.title);
					}
					if (d.label !== null) {
						expect(d.label, where).toBe(spec.describe(step, spec.copy(copy), lang));
					}
					for (const f of d.facts) expect(spec.facts, `${where} marks ${f}`).toContain(f);
					seen.set(d.chart, new Set([...(seen.get(d.chart) ?? []), ...d.facts]));
				}
				// Every chart is drawn, and together its states mark every figure it lists.
				expect([...seen.keys()].sort()).toEqual([...CHART_IDS].sort());
				for (const id of CHART_IDS) {
					expect([...seen.get(id)!].sort(), id).toEqual([...SPECS[id].facts].sort());
				}
			}
		);
	}
}
