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
 *
 * The running page's sticky section is the one scrolled: until the script
 * runs, the prerendered page is flat, and the switch replaces the section's
 * elements, so a step found before it would be scrolled to after it as a
 * detached element (a no-op). Finding and scrolling in one evaluate keeps
 * the two in one task.
 */
export async function scrollToStep(page: Page, section: string, i: number): Promise<void> {
	const scrolly = page.locator(`[data-scrolly="${section}"]`);
	await expect(scrolly).toHaveAttribute('data-layout', 'sticky');
	await page.evaluate(
		([section, i]) => {
			const el = document.querySelector(`[data-scrolly="${section}"] [data-step="${i}"]`);
			if (!el) throw new Error(`no step ${i} in ${section}`);
			el.scrollIntoView({ block: 'start', behavior: 'instant' });
		},
		[section, String(i)] as const
	);
	await expect(scrolly).toHaveAttribute('data-active-step', String(i));
}
