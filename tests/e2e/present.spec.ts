// The presentation mode as a speaker meets it: /present/ stepped with every
// key a keyboard or a presenter clicker sends, jumps, the hash through reload
// and Back/Forward, the black screen, fullscreen, the key list, touch, the
// speaker view in a second window driving and following the deck, and the
// whole deck walked in both editions with every slide inside the screen.
// Each test loads the deck once and does all its checks on that page.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { inBetween, restedInFrames, startSampling, stopSampling } from './support/motion';
import { SPECS } from '$lib/charts/specs';
import { DECK, slideNotes } from '$lib/present/deck';
import { plainCopy } from '$lib/format/copy';
import { copyFor } from '$content/index';
import type { Lang } from '$lib/i18n';

const at = (id: string) => DECK.findIndex((s) => s.id === id);

async function openDeck(page: Page, path = '/present/', hash = '') {
	await page.goto(path + hash);
	await expect(page.locator('[data-deck]')).toHaveAttribute('data-ready', 'true');
}

/** The deck is on slide `i`: its index, its hash, and for a chart its state at that step. */
async function expectSlide(page: Page, i: number, lang: Lang = 'en', root = '[data-deck]') {
	const slide = DECK[i]!;
	await expect(page.locator(root)).toHaveAttribute('data-slide-index', String(i));
	await expect(page.locator(`${root} [data-slide]`)).toHaveAttribute('data-slide', slide.id);
	expect(new URL(page.url()).hash).toBe(i === 0 && !new URL(page.url()).hash ? '' : `#${slide.id}`);
	if (slide.kind === 'chart' && slide.stepped) {
		const spec = SPECS[slide.chart];
		const copy = copyFor(lang);
		await expect(
			page.locator(`${root} figure[data-chart="${slide.chart}"] [role="img"]`)
		).toHaveAttribute('aria-label', spec.describe(slide.step, spec.copy(copy), lang));
	}
}

test.describe('the deck', { tag: '@desktop' }, () => {
	test('every next and previous key, clicker keys included, moves one slide and the chart with it', async ({
		page
	}) => {
		let i = at('economy-0');
		await openDeck(page, '/present/', '#economy-0');
		await expectSlide(page, i);
		for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'n', 'N', 'Enter']) {
			await page.keyboard.press(key);
			await expectSlide(page, ++i);
		}
		for (const key of ['ArrowLeft', 'ArrowUp', 'Shift+Space', 'PageUp', 'p', 'P', 'Backspace']) {
			await page.keyboard.press(key);
			await expectSlide(page, --i);
		}
		expect(i).toBe(at('economy-0'));
	});

	test('Home, End and a typed slide number jump; modifier keys and form fields are left alone', async ({
		page
	}) => {
		await openDeck(page);
		await expectSlide(page, 0);
		await page.keyboard.press('End');
		await expectSlide(page, DECK.length - 1);
		await page.keyboard.press('Home');
		await expectSlide(page, 0);
		// "12" then Enter: the twelfth slide, with the number shown while typed.
		await page.keyboard.press('1');
		await page.keyboard.press('3');
		await expect(page.locator('.typed')).toContainText('13');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('2');
		await page.keyboard.press('Enter');
		await expectSlide(page, 11);
		await expect(page.locator('.typed')).toHaveCount(0);
		await page.keyboard.press('9');
		await page.keyboard.press('9');
		await page.keyboard.press('Enter');
		await expectSlide(page, DECK.length - 1);
		await page.keyboard.press('Home');

		for (const key of ['Control+ArrowRight', 'Meta+ArrowRight', 'Control+PageDown']) {
			await page.keyboard.press(key);
		}
		await expectSlide(page, 0);
		// A field on the page (a host's search box, a note) keeps its keys.
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.id = 'probe';
			document.body.append(input);
			input.focus();
		});
		for (const key of ['ArrowRight', 'Space', 'n', 'Enter', 'PageDown'])
			await page.keyboard.press(key);
		await expect(page.locator('#probe')).toHaveValue(' n');
		await expectSlide(page, 0);
	});

	test('the hash names the slide through reload and Back/Forward; a bad hash opens the first', async ({
		page
	}) => {
		await openDeck(page, '/present/', '#money-2');
		await expectSlide(page, at('money-2'));
		await page.reload();
		await expect(page.locator('[data-deck]')).toHaveAttribute('data-ready', 'true');
		await expectSlide(page, at('money-2'));
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, at('money-4'));
		await page.goBack();
		await expectSlide(page, at('money-3'));
		await page.goBack();
		await expectSlide(page, at('money-2'));
		await page.goForward();
		await expectSlide(page, at('money-3'));

		// Mid-talk, a hash that names no slide leaves the deck where it is.
		await page.evaluate(() => (location.hash = 'nope'));
		await expect.poll(() => new URL(page.url()).hash).toBe('#money-3');
		await expectSlide(page, at('money-3'));

		for (const bad of ['#nope', '#economy-99', '#%3Cimg%20src%3Dx%3E', '#money-2%22onload']) {
			// A fresh load (not a hash change on the open page).
			await page.goto('about:blank');
			await page.goto('/present/' + bad);
			await expect(page.locator('[data-deck]')).toHaveAttribute('data-ready', 'true');
			await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide-index', '0');
			// Dropped from the address bar, never written into the page.
			expect(new URL(page.url()).hash).toBe('#title');
			const html = await page.content();
			for (const echo of ['nope', 'economy-99', '<img src=x>', 'onload']) {
				expect(html, `${bad} is not echoed`).not.toContain(echo);
			}
		}
	});

	test('B and . black the screen out and back; a press of next while black only brings it back', async ({
		page
	}) => {
		await openDeck(page, '/present/', '#economy-1');
		const blank = page.locator('[data-blank-screen]');
		await page.keyboard.press('b');
		await expect(blank).toBeVisible();
		const box = await blank.boundingBox();
		expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
		expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
		await page.keyboard.press('.');
		await expect(blank).toHaveCount(0);
		await page.keyboard.press('B');
		await page.keyboard.press('PageDown');
		await expect(blank).toHaveCount(0);
		await expectSlide(page, at('economy-1'));
		await page.keyboard.press('Escape');
		await expectSlide(page, at('economy-1'));
	});

	test('F asks for fullscreen and leaves it; ? shows the keys and closes', async ({ page }) => {
		// The Fullscreen API, stubbed: headless Chromium has no screen to fill.
		await page.addInitScript(() => {
			const calls: string[] = [];
			let full = false;
			Object.defineProperty(window, '__fullscreen', { value: calls });
			Object.defineProperty(document, 'fullscreenEnabled', { get: () => true });
			Object.defineProperty(document, 'fullscreenElement', {
				get: () => (full ? document.documentElement : null)
			});
			Element.prototype.requestFullscreen = function () {
				calls.push('request:' + this.nodeName);
				full = true;
				return Promise.resolve();
			};
			document.exitFullscreen = () => {
				calls.push('exit');
				full = false;
				return Promise.resolve();
			};
		});
		await openDeck(page);
		const calls = () =>
			page.evaluate(() => (window as unknown as { __fullscreen: string[] }).__fullscreen);
		await page.keyboard.press('f');
		expect(await calls()).toEqual(['request:HTML']);
		await page.keyboard.press('F');
		expect(await calls()).toEqual(['request:HTML', 'exit']);

		const help = page.getByRole('dialog');
		await page.keyboard.press('?');
		await expect(help).toBeVisible();
		await expect(help.locator('dd')).toHaveCount(copyFor('en').present.help.rows.length);
		await expect(help).toContainText('Page Down');
		// Open, the list holds the keys: the deck does not move behind it.
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 0);
		await page.keyboard.press('Escape');
		await expect(help).toBeHidden();
		await page.keyboard.press('?');
		await expect(help).toBeVisible();
		await page.keyboard.press('?');
		await expect(help).toBeHidden();
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 1);
	});

	test('a chart moves through in-between frames from step to step, and a new section starts still', async ({
		page
	}) => {
		await openDeck(page, '/present/', '#economy-1');
		await startSampling(page, 'economy');
		// A frame of the old state first: an instant change is only seen against one.
		await expect.poll(() => page.evaluate(() => window.__motion!.frames.length)).toBeGreaterThan(1);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => restedInFrames(page, 'economy'), { timeout: 10_000 }).toBe(true);
		const frames = await stopSampling(page);
		const changes = inBetween(frames);
		expect(changes.length).toBeGreaterThan(0);
		expect(changes.filter((c) => c.seen).length / changes.length).toBeGreaterThan(0.6);
		// One chart across the section: the same element before and after.
		await page
			.locator('figure[data-chart="economy"]')
			.evaluate((el) => ((el as HTMLElement).dataset.probe = '1'));
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('figure[data-chart="economy"]')).toHaveAttribute('data-probe', '1');
	});

	test('with reduced motion, a step is drawn at once', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openDeck(page, '/present/', '#economy-1');
		await startSampling(page, 'economy');
		// A frame of the old state first: an instant change is only seen against one.
		await expect.poll(() => page.evaluate(() => window.__motion!.frames.length)).toBeGreaterThan(1);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => restedInFrames(page, 'economy'), { timeout: 10_000 }).toBe(true);
		const frames = await stopSampling(page);
		expect(inBetween(frames).filter((c) => c.seen)).toEqual([]);
	});

	test('the story links to the slides, in each edition', async ({ page }) => {
		for (const [story, deck] of [
			['/', '/present/'],
			['/zh/', '/zh/present/']
		] as const) {
			await page.goto(story);
			await expect(page.locator(`footer.tools a[href="${deck}"]`)).toHaveCount(1);
		}
	});
});

test.describe('touch', { tag: '@desktop' }, () => {
	test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });
	test('a swipe and a tap on either edge step the deck; the middle does nothing', async ({
		page
	}) => {
		await openDeck(page, '/present/', '#economy-0');
		const i = at('economy-0');
		await page.touchscreen.tap(980, 400);
		await expectSlide(page, i + 1);
		await page.touchscreen.tap(40, 400);
		await expectSlide(page, i);
		await page.touchscreen.tap(512, 400);
		await expectSlide(page, i);
		// A swipe: the slide follows the finger to the left.
		await page.mouse.move(800, 400);
		await page.mouse.down();
		await page.mouse.move(600, 410, { steps: 4 });
		await page.mouse.move(400, 410, { steps: 4 });
		await page.mouse.up();
		await expectSlide(page, i + 1);
	});
});

test(
	'the speaker view follows the deck, drives it, and keeps both in step through reloads',
	{
		tag: '@desktop'
	},
	async ({ page, context }) => {
		await openDeck(page, '/present/', '#economy-1');
		const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
		await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-ready', 'true');
		expect(new URL(speaker.url()).pathname).toBe('/present/speaker/');
		const copy = copyFor('en');
		const notesOf = (id: string) => plainCopy(slideNotes(DECK[at(id)]!, copy), 'en');
		const onBoth = async (id: string) => {
			await expect(page.locator('[data-deck]')).toHaveAttribute('data-slide-index', String(at(id)));
			await expect(speaker.locator('[data-speaker]')).toHaveAttribute(
				'data-slide-index',
				String(at(id))
			);
			await expect(speaker.locator('[data-notes]')).toHaveText(notesOf(id));
		};
		await onBoth('economy-1');
		await expect(speaker.locator('[data-next-title]')).toHaveText(
			plainCopy(copy.economy.chart.title, 'en')
		);
		await expect(speaker.locator('[data-elapsed]')).toHaveText(/^0:0\d$/);
		await expect(speaker.locator('[data-clock]')).toHaveText(/\d{1,2}:\d{2}/);

		// The deck drives the speaker view...
		await page.keyboard.press('ArrowRight');
		await onBoth('economy-2');
		// ...and the speaker view drives the deck, by key and by button.
		await speaker.keyboard.press('PageDown');
		await onBoth('economy-3');
		await speaker.getByRole('button', { name: 'Previous slide' }).click();
		await onBoth('economy-2');
		await speaker.getByRole('button', { name: 'Black screen' }).click();
		await expect(page.locator('[data-blank-screen]')).toBeVisible();
		await speaker.getByRole('button', { name: 'Black screen' }).click();
		await expect(page.locator('[data-blank-screen]')).toHaveCount(0);

		// Either window reloads and the two still agree, and still drive each other.
		await speaker.reload();
		await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-ready', 'true');
		await onBoth('economy-2');
		await page.keyboard.press('ArrowRight');
		await onBoth('economy-3');
		await page.reload();
		await expect(page.locator('[data-deck]')).toHaveAttribute('data-ready', 'true');
		await onBoth('economy-3');
		await speaker.keyboard.press('ArrowRight');
		await onBoth('economy-4');

		// The timer restarts on request, and a reload keeps its start.
		await speaker.getByRole('button', { name: 'Restart the timer' }).click();
		await expect(speaker.locator('[data-elapsed]')).toHaveText(/^0:0[0-2]$/);
		expect(context.pages()).toHaveLength(2);
	}
);

for (const [lang, viewport] of [
	['en', { width: 1024, height: 768 }],
	['zh', { width: 1920, height: 1080 }],
	['en', { width: 1920, height: 1080 }],
	['zh', { width: 1024, height: 768 }]
] as const) {
	test(
		`${lang} at ${viewport.width}×${viewport.height}: every slide, walked, fits the screen`,
		{
			tag: '@desktop'
		},
		async ({ page }) => {
			test.setTimeout(60_000);
			await page.setViewportSize(viewport);
			await openDeck(page, lang === 'zh' ? '/zh/present/' : '/present/');
			const copy = copyFor(lang);
			for (let i = 0; i < DECK.length; i++) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await expectSlide(page, i, lang);
				await expect(page.locator('[data-counter]')).toHaveText(`${i + 1} / ${DECK.length}`);
				// Everything the slide draws sits inside the screen, above the progress bar.
				const outside = await page.locator('[data-slide]').evaluate((slide, h) => {
					const out: string[] = [];
					for (const el of slide.querySelectorAll('figure.chart, .words, h2, p, figcaption')) {
						const r = el.getBoundingClientRect();
						if (r.height > 0 && (r.bottom > h - 4 || r.right > innerWidth || r.top < 0)) {
							out.push(
								`${el.tagName}.${el.className}: ${Math.round(r.top)}–${Math.round(r.bottom)}`
							);
						}
					}
					return out;
				}, viewport.height);
				expect(outside, `${DECK[i]!.id}: parts outside the screen`).toEqual([]);
			}
			await expect(page.locator('[data-slide] h2').first()).toHaveText(copy.present.end.heading);
		}
	);
}
