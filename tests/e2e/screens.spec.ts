// Screenshots for people to look at, not assertions: `npm run screens` writes
// the top, every scroll step (settled, and on phones also as a reader reads
// it, the step centred), one frame mid-transition per section, and every
// static figure, in both editions at the four sizes the design is judged at,
// to tests/.output/screens/<size>/. Skipped in `npm test`.
import { test } from './support/fixtures';
import { atRest, hydrated } from './support/ready';
import { sectionSteps, scrollToStep } from './support/steps';

test.skip(!process.env.SCREENS, 'set SCREENS=1 (npm run screens) to write screenshots');

const SIZES = [
	{ width: 390, height: 844, phone: true },
	{ width: 844, height: 390, phone: true },
	{ width: 1280, height: 800, phone: false },
	{ width: 1920, height: 1080, phone: false }
];
const PATHS = (process.env.SCREENS_PATHS ?? '/,/zh/').split(',');

for (const size of SIZES) {
	for (const path of PATHS) {
		const slug = path === '/' ? 'en' : path.replace(/\//g, '');
		test(
			`screens of ${path} at ${size.width}×${size.height}`,
			{ tag: '@desktop' },
			async ({ browser }) => {
				test.setTimeout(300_000);
				const context = await browser.newContext({
					viewport: { width: size.width, height: size.height },
					isMobile: size.phone,
					hasTouch: size.phone
				});
				const page = await context.newPage();
				const shot = (name: string) =>
					page.screenshot({
						path: `tests/.output/screens/${size.width}x${size.height}/${slug}-${name}.png`
					});
				await page.goto(path);
				await hydrated(page);
				await page.evaluate(() => document.fonts.ready);
				await shot('00-top');
				for (const [section, count] of Object.entries(await sectionSteps(page))) {
					const graphic = page.locator(`[data-scrolly="${section}"] .graphic`);
					for (let i = 0; i < count; i++) {
						await scrollToStep(page, section, i);
						if (i === 1) {
							// A fifth of a second into the first change: motion, not a jump.
							await page.waitForTimeout(200);
							await shot(`s-${section}-${i}-mid`);
						}
						await atRest(graphic);
						await shot(`s-${section}-${i}`);
						if (size.phone) {
							await page
								.locator(`[data-scrolly="${section}"] [data-step="${i}"]`)
								.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
							await shot(`s-${section}-${i}-read`);
						}
					}
				}
				const figures = await page
					.locator('[data-chart]:not([data-scrolly] [data-chart])')
					.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.chart));
				for (const id of figures) {
					await page
						.locator(`[data-chart="${id}"]`)
						.first()
						.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
					await shot(`f-${id}`);
				}
				await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
				await shot('99-end');
				await context.close();
			}
		);
	}
}
