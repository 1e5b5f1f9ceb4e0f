// Screenshots of every step at both sizes, for people to look at:
// `npm run screens` writes them to tests/.output/screens/. Skipped in `npm test`.
import { test } from './support/fixtures';
import { atRest } from './support/ready';
import { sectionSteps, scrollToStep } from './support/steps';

test.skip(!process.env.SCREENS, 'set SCREENS=1 (npm run screens) to write screenshots');

for (const path of (process.env.SCREENS_PATHS ?? '/').split(',')) {
	test(`screenshots of every step on ${path}`, async ({ page }, info) => {
		test.setTimeout(120_000);
		const dir = `tests/.output/screens/${info.project.name}`;
		const slug = path === '/' ? 'en' : path.replace(/\//g, '');
		await page.goto(path);
		await page.screenshot({ path: `${dir}/${slug}-00-top.png` });
		const sections = await sectionSteps(page);
		for (const [section, count] of Object.entries(sections)) {
			for (let i = 0; i < count; i++) {
				await scrollToStep(page, section, i);
				await atRest(page.locator(`[data-scrolly="${section}"] .graphic`));
				await page.screenshot({ path: `${dir}/${slug}-${section}-${i}.png` });
			}
		}
		// Chapters without scroll steps: the whole chapter as one tall image.
		const chapters = await page
			.locator('[data-chapter]:not(:has([data-scrolly]))')
			.evaluateAll((els) => els.map((el) => el.id));
		for (const id of chapters) {
			const chapter = page.locator(`#${id}`);
			if ((await chapter.boundingBox())?.height) {
				await chapter.screenshot({ path: `${dir}/${slug}-ch-${id}.png` });
			}
		}
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.screenshot({ path: `${dir}/${slug}-99-end.png` });
	});
}
