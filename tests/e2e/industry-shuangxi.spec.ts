// The "industry" and "shuangxi" chapters on the built site, both editions,
// phone and desktop: one mark per firm and per hundredth of residents, the
// floors printed as floors, every label inside its figure.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { hydrated } from './support/ready';

const EDITIONS = [
	{
		path: '/',
		zhejiang: '35',
		fuling: '42',
		expansion: '10+',
		share: '30%+',
		residents: 'more than 12,000',
		wahahaNote: '1,200+ migrants',
		aid: '75.34 million yuan'
	},
	{
		path: '/zh/',
		zhejiang: '35家',
		fuling: '42家',
		expansion: '10余家',
		share: '30%以上',
		residents: '1.2万余名',
		wahahaNote: '安置移民1200余人',
		aid: '7534万元'
	}
] as const;

/** A colour token as the browser resolves it, e.g. "rgb(10, 102, 112)" for --accent. */
async function token(page: Page, name = '--accent'): Promise<string> {
	return page.evaluate((name) => {
		const probe = document.createElement('span');
		probe.style.color = `var(${name})`;
		document.body.append(probe);
		const c = getComputedStyle(probe).color;
		probe.remove();
		return c;
	}, name);
}
const accent = (page: Page) => token(page, '--accent');

const fills = (marks: Locator) =>
	marks.evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));

/** Scrolls a figure into view at once (the page scrolls smoothly otherwise). */
async function reveal(figure: Locator): Promise<void> {
	await figure.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
}

for (const ed of EDITIONS) {
	test.describe(`on ${ed.path}`, () => {
		test('the firms chart draws one dot per firm and no pairings', async ({ page }) => {
			await page.goto(ed.path);
			const chart = page.locator('figure[data-chart="industry-firms"]');
			await reveal(chart);
			const zj = chart.locator('circle[data-fact="zhejiangFirms"]');
			const fl = chart.locator('circle[data-fact="fulingFirms"]');
			await expect(zj).toHaveCount(35);
			await expect(fl).toHaveCount(42);

			// Zhejiang's firms in the accent, Fuling's not; every dot the same size.
			const a = await accent(page);
			expect(new Set(await fills(zj))).toEqual(new Set([a]));
			expect(await fills(fl)).not.toContain(a);
			const widths = await chart
				.locator('circle[data-mark="firm"]')
				.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().width * 10)));
			expect(new Set(widths).size).toBe(1);
			expect(widths[0]).toBeGreaterThan(40);

			// The one line in the chart is the arrow between the blocks, clear of every dot.
			const lines = chart.locator('svg line');
			await expect(lines).toHaveCount(1);
			const gap = await page.evaluate(() => {
				const box = (sel: string) =>
					Array.from(document.querySelectorAll(sel)).map((el) => el.getBoundingClientRect());
				const zjRight = Math.max(...box('circle[data-fact="zhejiangFirms"]').map((r) => r.right));
				const flLeft = Math.min(...box('circle[data-fact="fulingFirms"]').map((r) => r.left));
				const line = box('[data-chart="industry-firms"] svg line')[0]!;
				return { zjRight, flLeft, l: line.left, r: line.right };
			});
			expect(gap.l).toBeGreaterThan(gap.zjRight);
			expect(gap.r).toBeLessThan(gap.flLeft);

			// Labels say the counts, formatted for the edition.
			await expect(chart.locator('.label.zhejiangFirms .num')).toHaveText(ed.zhejiang);
			await expect(chart.locator('.label.fulingFirms .num')).toHaveText(ed.fuling);
			const aria = await chart.locator('svg[role="img"]').getAttribute('aria-label');
			expect(aria).toContain('35');
			expect(aria).toContain('42');
		});

		test('the industry panel names six industries and keeps floors', async ({ page }, info) => {
			await page.goto(ed.path);
			const panel = page.locator('figure[data-chart="industry-panel"]');
			await expect(
				panel.locator('[data-mark="industry"][data-fact="leadingIndustries"]')
			).toHaveCount(6);
			await expect(panel.locator('.num[data-fact="expansionFirms"]')).toHaveText(ed.expansion);
			await expect(panel.locator('.named li').first()).toContainText(ed.wahahaNote);
			// Fuling's industries are outlined neutrals, not the Zhejiang accent; headings are not tracked capitals.
			const tile = panel.locator('[data-mark="industry"]').first();
			const look = await tile.evaluate((el) => {
				const s = getComputedStyle(el);
				const h = getComputedStyle(el.closest('section')!.querySelector('.part-heading')!);
				return {
					bg: s.backgroundColor,
					border: s.borderTopWidth,
					upper: h.textTransform,
					rule: getComputedStyle(el.closest('.panel')!).borderTopWidth
				};
			});
			expect(look).toEqual({ bg: 'rgba(0, 0, 0, 0)', border: '1px', upper: 'none', rule: '0px' });
			// The long stat wraps to three lines at most on desktop (it was five at 1280), four on a phone.
			const what = panel.locator('.stats li .what').last();
			const lines = await what.evaluate(
				(el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)
			);
			expect(Math.round(lines)).toBeLessThanOrEqual(info.project.name === 'desktop' ? 3 : 4);
		});

		test('the waffle fills thirty of a hundred squares, the top three rows', async ({ page }) => {
			await page.goto(ed.path);
			const chart = page.locator('figure[data-chart="shuangxi-waffle"]');
			await reveal(chart);
			const cells = chart.locator('rect[data-fact="shuangxiMigrantShare"]');
			await expect(cells).toHaveCount(100);
			// Shuangxi's residents are Fuling's own: ink and grey, never the Zhejiang accent.
			const a = await token(page, '--mark');
			const colours = await fills(cells);
			expect(colours.filter((c) => c === a)).toHaveLength(30);
			expect(colours).not.toContain(await accent(page));
			// The migrants' squares sit above every grey one.
			const [lowestAccent, highestGrey] = await cells.evaluateAll((els, acc) => {
				const rects = els.map((el) => ({
					accent: getComputedStyle(el).fill === acc,
					r: el.getBoundingClientRect()
				}));
				return [
					Math.max(...rects.filter((x) => x.accent).map((x) => x.r.bottom)),
					Math.min(...rects.filter((x) => !x.accent).map((x) => x.r.top))
				];
			}, a);
			expect(lowestAccent).toBeLessThan(highestGrey!);
			// Square squares: the fixed aspect keeps them from stretching.
			const r = await cells.first().evaluate((el) => el.getBoundingClientRect());
			expect(Math.abs(r.width / r.height - 1)).toBeLessThan(0.02);

			await expect(chart.locator('.share .num')).toHaveText(ed.share);
			await expect(chart.locator('.total')).toContainText(ed.residents);
			const aria = await chart.locator('svg[role="img"]').getAttribute('aria-label');
			expect(aria).toContain(ed.share === '30%+' ? 'more than 30%' : '30%以上');
			expect(aria).toContain(ed.residents);
		});

		test('before and after sit side by side on desktop, stacked on phone', async ({
			page
		}, info) => {
			await page.goto(ed.path);
			// The two boxes are read in page coordinates: not while the sticky layout
			// replaces the flat one and the page above the figure changes height.
			await hydrated(page);
			const fig = page.locator('figure[data-chart="shuangxi-change"]');
			await expect(fig.locator('[data-side="before"] li')).toHaveCount(4);
			await expect(fig.locator('[data-side="after"] li')).toHaveCount(5);
			const before = (await fig.locator('[data-side="before"]').boundingBox())!;
			const after = (await fig.locator('[data-side="after"]').boundingBox())!;
			if (info.project.name === 'desktop') {
				expect(after.x).toBeGreaterThan(before.x + before.width);
				expect(Math.abs(after.y - before.y)).toBeLessThan(2);
			} else {
				expect(after.y).toBeGreaterThan(before.y + before.height);
			}
			// The frame grows with its text: the source line sits below the last item.
			const last = (await fig.locator('[data-side="after"] li').last().boundingBox())!;
			const caption = (await fig.locator('figcaption').boundingBox())!;
			expect(caption.y).toBeGreaterThanOrEqual(last.y + last.height - 1);
			// The programme since 2014 is in the chapter, with its figure.
			await expect(page.locator('#shuangxi .prose').last()).toContainText(ed.aid);
			// One frame style: no coloured rules over the two sides.
			for (const side of ['before', 'after'])
				expect(
					await fig
						.locator(`[data-side="${side}"]`)
						.evaluate((el) => getComputedStyle(el).borderTopWidth)
				).toBe('0px');
		});

		test(
			'at 320 px the waffle and firms labels keep apart',
			{ tag: '@phone' },
			async ({ page }) => {
				await page.setViewportSize({ width: 320, height: 640 });
				await page.goto(ed.path);
				// Both boxes read in one layout: the sticky one, once it has replaced the flat.
				await hydrated(page);
				// Overflow and labels outside each figure: charts.spec, over the registry.
				// The waffle's two labels do not run into each other.
				const share = (await page.locator('[data-chart="shuangxi-waffle"] .share').boundingBox())!;
				const total = (await page.locator('[data-chart="shuangxi-waffle"] .total').boundingBox())!;
				expect(share.y + share.height).toBeLessThan(total.y);
				// Nor do the two block labels of the firms chart.
				const zl = (await page
					.locator('[data-chart="industry-firms"] .label.zhejiangFirms')
					.boundingBox())!;
				const fl = (await page
					.locator('[data-chart="industry-firms"] .label.fulingFirms')
					.boundingBox())!;
				expect(zl.x + zl.width).toBeLessThanOrEqual(fl.x);
				// The counts are whole and below the subtitle, not clipped under the title.
				const firms = page.locator('[data-chart="industry-firms"]');
				const sub = (await firms.locator('.chart-subtitle').boundingBox())!;
				const plot = (await firms.locator('.plot').boundingBox())!;
				for (const id of ['zhejiangFirms', 'fulingFirms']) {
					const label = firms.locator(`.label.${id}`);
					const box = (await label.locator('.num').boundingBox())!;
					expect(box.y).toBeGreaterThanOrEqual(sub.y + sub.height);
					expect(box.y).toBeGreaterThanOrEqual(plot.y - 1);
					expect(box.x + box.width).toBeLessThanOrEqual(plot.x + plot.width + 0.5);
					// Nothing clips it: the label box shows all it holds.
					const clip = await label.evaluate((el) => ({
						overflow: getComputedStyle(el).overflow,
						cut: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1
					}));
					expect(clip).toEqual({ overflow: 'visible', cut: false });
				}
			}
		);
	});
}

test(
	'the prerendered HTML already holds every mark, without JavaScript',
	{ tag: '@phone' },
	async ({ request }) => {
		for (const path of ['/', '/zh/']) {
			const html = await (await request.get(path)).text();
			expect(html.match(/<circle[^>]*data-fact="zhejiangFirms"/g)).toHaveLength(35);
			expect(html.match(/<circle[^>]*data-fact="fulingFirms"/g)).toHaveLength(42);
			expect(html.match(/<rect[^>]*data-mark="migrant"/g)).toHaveLength(30);
			expect(html.match(/<rect[^>]*data-mark="other"/g)).toHaveLength(70);
		}
	}
);
