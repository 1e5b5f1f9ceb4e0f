// The closing figure on the built site, at phone and desktop size, in both
// editions: a slot for every year from 1997 to 2020, a bar in only the two the
// page gives, the years between drawn empty and named, and nothing colliding.
import { expect, test } from './support/fixtures';
import { boxesIn, outsideOf, overlapping } from './support/boxes';
import { hydrated } from './support/ready';

const EDITIONS = [
	{
		path: '/',
		gap: 'No yearly figures',
		values: ['4.05', '174.2'],
		heading: 'What the page leaves out'
	},
	{ path: '/zh/', gap: '无逐年数据', values: ['40.49', '1742'], heading: '报道没有说的' }
] as const;

for (const ed of EDITIONS) {
	test.describe(ed.path, () => {
		test('the closing figure fills 1997 and 2020 only, and names the empty years', async ({
			page
		}) => {
			await page.goto(ed.path);
			const chapter = page.locator('#known-years');
			await chapter.scrollIntoViewIfNeeded();
			await expect(chapter.locator('h2')).toHaveText(ed.heading);
			const fig = chapter.locator('figure[data-chart="known-years"]');

			// The last chart before the closing words and the methods.
			const order = await page.evaluate(() =>
				[...document.querySelectorAll('figure[data-chart]')].map((f) =>
					f.getAttribute('data-chart')
				)
			);
			expect(order.at(-1)).toBe('known-years');

			const slots = fig.locator('[data-slot]');
			await expect(slots).toHaveCount(24);
			expect(
				await slots.evaluateAll((s) => s.map((e) => Number(e.getAttribute('data-slot'))))
			).toEqual(Array.from({ length: 24 }, (_, i) => 1997 + i));
			const bars = fig.locator('rect[data-fact]');
			await expect(bars).toHaveCount(2);
			expect(await bars.evaluateAll((b) => b.map((e) => e.getAttribute('data-slot')))).toEqual([
				'1997',
				'2020'
			]);
			await expect(fig.locator('[data-empty]')).toHaveCount(22);

			// Values under the two filled years, from the data, in the edition's units.
			await expect(fig.locator('[data-known] .value')).toHaveText([...ed.values]);
			await expect(fig.locator('[data-known] .year')).toHaveText(['1997', '2020']);
			await expect(fig.locator('.gap-label')).toHaveText(ed.gap);

			// Drawn: the 2020 bar as tall as the empty slots, the 1997 one about 1/43 of it, one baseline.
			const geo = await fig.evaluate((f) => {
				const r = (sel: string) => f.querySelector(sel)!.getBoundingClientRect();
				return {
					b97: r('rect[data-slot="1997"]'),
					b20: r('rect[data-slot="2020"]'),
					empty: r('rect[data-slot="2005"]'),
					bracket: r('.gap'),
					first: r('rect[data-slot="1998"]'),
					last: r('rect[data-slot="2019"]')
				};
			});
			expect(Math.abs(geo.b20.top - geo.empty.top)).toBeLessThan(1);
			expect(Math.abs(geo.b20.bottom - geo.b97.bottom)).toBeLessThan(1);
			expect(Math.abs(geo.b97.height / geo.b20.height - 40.49 / 1742)).toBeLessThan(0.01);
			// The bracket spans exactly the empty years.
			expect(Math.abs(geo.bracket.left - geo.first.left)).toBeLessThan(1.5);
			expect(Math.abs(geo.bracket.right - geo.last.right)).toBeLessThan(1.5);
			expect(geo.bracket.bottom).toBeLessThanOrEqual(geo.empty.top + 0.5);

			// Fuling's figures: neutral, never the accent.
			const fills = await fig.evaluate((f) => {
				const probe = document.createElement('span');
				probe.style.color = 'var(--accent)';
				f.append(probe);
				const accent = getComputedStyle(probe).color;
				probe.remove();
				return [...f.querySelectorAll('.plot *')].filter(
					(el) => getComputedStyle(el).fill === accent || getComputedStyle(el).color === accent
				).length;
			});
			expect(fills).toBe(0);
		});

		test('no label of the closing figure touches another or leaves the drawing', async ({
			page
		}) => {
			await page.goto(ed.path);
			// The labels and the plot are read in two calls: both in the sticky
			// layout, not one on each side of the flat one giving way to it.
			await hydrated(page);
			const fig = page.locator('figure[data-chart="known-years"]');
			await fig.scrollIntoViewIfNeeded();
			const labels = await boxesIn(fig, '.gap-label, .tick, [data-known] > *');
			expect(labels.length).toBe(1 + 3 + 4);
			expect(overlapping(labels)).toEqual([]);
			const [plot] = await boxesIn(fig, ':scope > .plot');
			expect(outsideOf(labels, plot!)).toEqual([]);
		});
	});
}

test(
	'without JavaScript the closing figure is drawn the same',
	{ tag: '@phone' },
	async ({ request }) => {
		for (const path of ['/', '/zh/']) {
			const html = await (await request.get(path)).text();
			const fig = html.match(/<figure[^>]*data-chart="known-years"[\s\S]*?<\/figure>/)?.[0] ?? '';
			expect(fig, path).not.toBe('');
			expect(fig.match(/data-slot="/g), path).toHaveLength(24);
			expect(fig.match(/<rect[^>]*data-fact="/g), path).toHaveLength(2);
			expect(fig, path).toMatch(/<svg[^>]*role="img"[^>]*aria-label="[^"]+"/);
		}
	}
);
