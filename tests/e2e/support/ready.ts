// What a test waits for instead of a fixed sleep: a state of the page that
// must hold before it reads anything, polled until it does.
import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page has hydrated and found its place: every scroll
 * section turns `data-motion="live"` two frames after load, once its scroller
 * has reported the active step and any link or reload has been landed.
 */
export async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('[data-scrolly]').first()).toBeAttached();
	await expect(page.locator('[data-scrolly]:not([data-motion="live"])')).toHaveCount(0);
}
