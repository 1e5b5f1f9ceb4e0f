// The embeds on a news site's page: a host page on another origin frames
// them with the real parent libraries (pym.js 1.3.2, @newswire/frames 1.0.0)
// and a Datawrapper-style listener, and the frame must size itself (and
// follow width changes), answer the host's messages and ignore anything
// else, and, for the story, step with the host's scroll.
import { test, expect } from './support/fixtures';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { openHost, type HostLib } from './support/host';
import { embedPath } from '../../src/lib/embed/paths';
import { SPECS } from '../../src/lib/charts/specs';

/** The embed's content height, measured inside the frame as EMBED.md says. */
function contentHeight(frame: FrameLocator): Promise<number> {
	return frame
		.locator('html')
		.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

async function frameHeight(iframe: Locator): Promise<number> {
	return iframe.evaluate((el) => el.getBoundingClientRect().height);
}

/** Waits until the iframe is as tall as its content, within 3 px. */
async function expectFitted(iframe: Locator, label: string) {
	const frame = iframe.contentFrame();
	await expect
		.poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(frame))), {
			message: `${label}: frame height matches its content`
		})
		.toBeLessThanOrEqual(3);
	// And it is a real height, not the iframe default of 150 px.
	expect(await frameHeight(iframe), label).toBeGreaterThan(300);
}

function messages(page: Page): Promise<unknown[]> {
	return page.evaluate(() => (window as unknown as { hostMessages: unknown[] }).hostMessages);
}

const CHART_EMBEDS = [
	['en', 'economy', 2],
	['zh', 'livelihoods', undefined]
] as const;

for (const lib of ['pym', 'frames', 'datawrapper'] as HostLib[]) {
	test(`${lib}: a chart's frame fits its content and follows width changes`, async ({
		page,
		baseURL
	}) => {
		for (const [lang, chart, step] of CHART_EMBEDS) {
			const src = `${baseURL}${embedPath(lang, chart, step)}`;
			const iframe = await openHost(page, { lib, src });
			await expectFitted(iframe, `${lib} ${chart}`);
			const before = await frameHeight(iframe);
			// The article column narrows (a CMS layout, or the reader's window).
			const narrower = page.viewportSize()!.width < 600 ? '16rem' : '24rem';
			await page.evaluate(
				(w) => document.documentElement.style.setProperty('--column', w),
				narrower
			);
			await expectFitted(iframe, `${lib} ${chart}, narrower`);
			expect(
				await frameHeight(iframe),
				`${lib} ${chart}: a narrower chart is shorter or longer`
			).not.toBe(before);
		}
	});
}

test('pym: the host window resizing sends a width, and the frame answers with its height @desktop', async ({
	page,
	baseURL
}) => {
	const iframe = await openHost(page, { lib: 'pym', src: `${baseURL}${embedPath('en', 'money')}` });
	await expectFitted(iframe, 'money');
	await page.setViewportSize({ width: 420, height: 800 });
	await expectFitted(iframe, 'money at 420');
	const pymHeights = (await messages(page)).filter(
		(m) => typeof m === 'string' && m.startsWith('pymxPYMxhost-embedxPYMxheightxPYMx')
	);
	expect(pymHeights.length).toBeGreaterThanOrEqual(2);
});

test('messages: answered only in the exact shapes, from the parent only; a hostile childId gets no pym string @desktop', async ({
	page,
	baseURL
}) => {
	const hostile = 'x"><script>alert(1)</script>';
	const src = `${baseURL}${embedPath('en', 'economy')}?childId=${encodeURIComponent(hostile)}`;
	const iframe = await openHost(page, { lib: 'plain', src });
	const frame = iframe.contentFrame();
	await expect(frame.locator('[data-embed-chart="economy"]')).toBeVisible();
	await expect.poll(async () => (await messages(page)).length).toBeGreaterThan(0);
	const got = await messages(page);
	expect(
		got.some((m) => typeof m === 'string'),
		'no pym string without a valid childId'
	).toBe(false);
	expect(got).toContainEqual(expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }));
	expect(got).toContainEqual({ 'datawrapper-height': { economy: expect.any(Number) } });
	expect(await frame.locator('html').innerHTML()).not.toContain('alert(1)');

	// frames' init, from the parent: answered with the height.
	const count = async () => (await messages(page)).length;
	let n = await count();
	await iframe.evaluate((el: HTMLIFrameElement) =>
		el.contentWindow!.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*')
	);
	await expect.poll(count, { message: 'frames-init answered' }).toBeGreaterThan(n);

	// The same from the frame itself, or in any other shape, is not.
	n = await count();
	await frame
		.locator('html')
		.evaluate(() => window.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*'));
	await iframe.evaluate((el: HTMLIFrameElement) => {
		const w = el.contentWindow!;
		for (const m of [
			{ sentinel: 'amp', type: 'frames-init ' },
			{ type: 'frames-init' },
			'frames-init',
			'pymxPYMxnullxPYMxwidthxPYMx600',
			{ sentinel: 'amp', type: 'embed-size', height: 10 },
			null
		]) {
			w.postMessage(m, '*');
		}
	});
	await page.waitForTimeout(300);
	expect(await count(), 'nothing answered').toBe(n);
});

test('pym: a width message for this frame is answered, a malformed one is not @desktop', async ({
	page,
	baseURL
}) => {
	const iframe = await openHost(page, {
		lib: 'pym',
		src: `${baseURL}${embedPath('zh', 'people')}`
	});
	await expectFitted(iframe, 'people');
	const pymCount = async () =>
		(await messages(page)).filter((m) => typeof m === 'string' && m.includes('xPYMxheightxPYMx'))
			.length;
	let n = await pymCount();
	await page.evaluate(() =>
		(window as unknown as { hostParent: { sendWidth(): void } }).hostParent.sendWidth()
	);
	await expect.poll(pymCount).toBe(n + 1);
	n = await pymCount();
	await iframe.evaluate((el: HTMLIFrameElement) => {
		for (const m of [
			'pymxPYMxhost-embedxPYMxwidthxPYMx<b>',
			'pymxPYMxother-embedxPYMxwidthxPYMx600',
			'pymxPYMxhost-embedxPYMxheightxPYMx600'
		]) {
			el.contentWindow!.postMessage(m, '*');
		}
	});
	await page.waitForTimeout(300);
	expect(await pymCount()).toBe(n);
});

test.describe('the story in a frame', () => {
	test('reads flat where the host says nothing about its scroll', async ({ page, baseURL }) => {
		const iframe = await openHost(page, {
			lib: 'frames',
			src: `${baseURL}${embedPath('en', 'story')}`
		});
		const frame = iframe.contentFrame();
		await expectFitted(iframe, 'story, frames');
		const sections = frame.locator('[data-scrolly]');
		await expect(sections).toHaveCount(4);
		await expect(frame.locator('[data-scrolly][data-layout="flat"]')).toHaveCount(4);
		// Every step has its chart drawn at that step beside its words.
		const economy = frame.locator('[data-scrolly="economy"]');
		await expect(economy.locator('figure[data-chart="economy"]')).toHaveCount(SPECS.economy.steps);
		await expect(frame.locator('[data-lang-switch], [data-embed-code]')).toHaveCount(0);
	});

	for (const column of ['40rem', '72rem']) {
		test(`follows the host's scroll with pym's trackscroll (column ${column})`, async ({
			page,
			baseURL
		}) => {
			const vw = page.viewportSize()!.width;
			test.skip(column === '72rem' && vw < 1000, 'a wide column needs a wide window');
			const iframe = await openHost(page, {
				lib: 'pym',
				trackscroll: true,
				scrollwait: 16,
				column,
				src: `${baseURL}${embedPath('zh', 'story')}`
			});
			const frame = iframe.contentFrame();
			const section = frame.locator('[data-scrolly="economy"]');
			await expect(section).toHaveAttribute('data-layout', 'hosted');
			await expectFitted(iframe, 'story, pym');
			const vh = page.viewportSize()!.height;
			const frameTop = await iframe.evaluate(
				(el) => el.getBoundingClientRect().top + window.scrollY
			);
			const graphic = section.locator('.graphic');
			const side = await section.evaluate(
				(el) => getComputedStyle(el.querySelector('.steps')!).gridColumnStart === '1'
			);
			expect(side, 'side by side in a wide column only').toBe(column === '72rem');
			/** The graphic's box in the host's window. */
			const inHost = async () => {
				const offset = await iframe.evaluate((el) => el.getBoundingClientRect().top);
				const g = await graphic.evaluate((el) => {
					const r = el.getBoundingClientRect();
					return { top: r.top, bottom: r.bottom, height: r.height };
				});
				return { top: offset + g.top, bottom: offset + g.bottom, height: g.height };
			};
			for (let i = 0; i < SPECS.economy.steps; i++) {
				const g = await inHost();
				// Where a reader reads the step's card: just under the graphic, or
				// beside it, a little above the middle of the window.
				const readAt = side ? vh * 0.4 : g.height + 16;
				const cardTop = await section
					.locator(`[data-step="${i}"] .card`)
					.evaluate((el) => el.getBoundingClientRect().top);
				await page.evaluate((y) => window.scrollTo(0, y), frameTop + cardTop - readAt);
				await expect(section, `step ${i}`).toHaveAttribute('data-active-step', String(i));
				if (i === 0) continue; // the graphic is still arriving
				// Pinned where the sticky layout would hold it: the window's top, or centred beside.
				const pin = side ? Math.max(8, (vh - g.height) / 2) : 0;
				await expect
					.poll(async () => Math.abs((await inHost()).top - pin), {
						message: `step ${i}: graphic pinned in the host window`
					})
					.toBeLessThanOrEqual(2);
			}
		});
	}

	test('falls back to flat when a pym host answers but does not track its scroll @desktop', async ({
		page,
		baseURL
	}) => {
		const iframe = await openHost(page, {
			lib: 'pym',
			src: `${baseURL}${embedPath('en', 'story')}`
		});
		const frame = iframe.contentFrame();
		await expect(frame.locator('[data-scrolly="economy"]')).toHaveAttribute(
			'data-layout',
			'hosted'
		);
		await page.mouse.wheel(0, 1500);
		await expect(frame.locator('[data-scrolly="economy"]')).toHaveAttribute('data-layout', 'flat');
		await expectFitted(iframe, 'story, fallen back');
	});
});
