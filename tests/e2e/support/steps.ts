// Moves the page the way a reader's scroll does, one step at a time, and
// reads back what the section and its chart report.
import { expect, type Page } from '@playwright/test';

/** Step counts per scrolly section, read from the page itself. */
export async function sectionSteps(page: Page): Promise<Record<string, number>> {
	return page.evaluate(() => {
		const out: Record<string, number> = {};
		for (const s of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
			out[s.dataset.scrolly ?? ''] = s.querySelectorAll('[data-step]').length;
		}
		return out;
	});
}

/**
 * Scrolls step `i` of `section` to where a reader meets it (its top at the
 * top of the window, less the sticky graphic's height on phones, through the
 * step's scroll-margin) and waits until the section reports it active.
 */
export async function scrollToStep(page: Page, section: string, i: number): Promise<void> {
	await page.locator(`[data-scrolly="${section}"] [data-step="${i}"]`).evaluate((el) => {
		el.scrollIntoView({ block: 'start', behavior: 'instant' });
	});
	await expect(page.locator(`[data-scrolly="${section}"]`)).toHaveAttribute(
		'data-active-step',
		String(i)
	);
}
