// Two editions of one story: each says what language it is in, links the
// other, and the switch between them keeps the reader's place. Plus the data
// downloads the methods section links to.
import { expect, test } from './support/fixtures';
import { FACTS } from '$lib/data';
import { scrollToStep } from './support/steps';

test('each edition declares its language and links the other', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const toZh = page.locator('[data-lang-switch="header"]');
	await expect(toZh).toHaveAttribute('hreflang', 'zh-CN');
	await expect(toZh).toHaveText('中文');

	await page.goto('/zh/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const toEn = page.locator('[data-lang-switch="header"]');
	await expect(toEn).toHaveAttribute('hreflang', 'en');
	await expect(toEn).toHaveText('English');
	// The Chinese edition is set in a CJK face, not a Latin fallback.
	const font = await page
		.locator('.prose p')
		.first()
		.evaluate((p) => getComputedStyle(p).fontFamily);
	expect(font).toMatch(/PingFang SC/);
});

test('switching language mid-story lands on the same step', async ({ page }) => {
	await page.goto('/');
	await scrollToStep(page, 'economy', 2);
	// Where text runs under it the pill keeps out of sight, but the keyboard
	// always reaches it.
	const floating = page.locator('[data-lang-switch="floating"]');
	await floating.focus();
	await expect(floating).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/zh\/#economy-2$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('[data-scrolly="economy"]')).toHaveAttribute('data-active-step', '2');
	await expect(page.locator('#economy-2')).toBeInViewport();

	// And back, from a chapter without steps.
	await page
		.locator('#methods')
		.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
	await page.locator('[data-lang-switch="floating"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/#methods$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the floating switch never sits on a line of text', { tag: '@phone' }, async ({ page }) => {
	// About phones (@phone): that is where it covered text.
	test.setTimeout(60_000);
	await page.goto('/');
	const report = await page.evaluate(async () => {
		const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		const pill = document.querySelector<HTMLElement>('[data-lang-switch="floating"]')!;
		const h = window.innerHeight;
		let shownAt = 0;
		const covered: string[] = [];
		const range = document.createRange();
		for (let y = h; y < document.documentElement.scrollHeight - h; y += 300) {
			// A reader's small scroll back up is what brings the pill out.
			window.scrollTo(0, y + 40);
			await frame();
			window.scrollTo(0, y);
			await frame();
			// Coming out or going, it slides: read it where it stops.
			while (pill.getAnimations().length > 0) await frame();
			const p = pill.getBoundingClientRect();
			if (!pill.classList.contains('shown') || p.top >= h) continue;
			shownAt++;
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (pill.contains(n) || !n.textContent?.trim()) continue;
				range.selectNodeContents(n);
				for (const r of range.getClientRects()) {
					if (r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top) {
						covered.push(`at ${y}: “${n.textContent.trim().slice(0, 30)}”`);
					}
				}
			}
		}
		return { shownAt, covered };
	});
	expect(report.shownAt, 'the pill came out somewhere mid-story').toBeGreaterThan(3);
	expect(report.covered).toEqual([]);
});

test('the switch at the top goes to the other edition’s top', async ({ page }) => {
	await page.goto('/zh/');
	await page.locator('[data-lang-switch="header"]').click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test(
	'the data downloads are built from the data module',
	{ tag: '@phone' },
	async ({ page, request }) => {
		await page.goto('/');
		const csvHref = await page.locator('[data-download="csv"]').getAttribute('href');
		const jsonHref = await page.locator('[data-download="json"]').getAttribute('href');
		expect(csvHref).toMatch(/\/data\/fuling-facts\.csv$/);

		const csv = await request.get(csvHref ?? '');
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toMatch(/text\/csv/);
		const bytes = await csv.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8');
		expect(text.trim().split('\r\n')).toHaveLength(FACTS.length + 1);
		expect(text).toContain('"industrialOutput2020","economy","1742","亿元"');

		const json = await (await request.get(jsonHref ?? '')).json();
		expect(json.facts).toHaveLength(FACTS.length);
		expect(json.facts.find((f: { id: string }) => f.id === 'shuangxiResidents')).toMatchObject({
			value: 12000,
			floor: true,
			label_zh: expect.stringContaining('双溪')
		});
	}
);
