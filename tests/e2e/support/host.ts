// The host page of the embed tests: a news article on another origin
// (tests/support/host.js, started by the Playwright config on the E2E port
// + 1) that frames an embed with a real parent library.
import type { Page } from '@playwright/test';

export const HOST_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;

export type HostLib = 'pym' | 'frames' | 'datawrapper' | 'plain';

export interface HostOptions {
	lib: HostLib;
	/** The embed's URL, absolute (on the story's origin). */
	src: string;
	/** A pym parent that reports its scroll to the frame. */
	trackscroll?: boolean;
	/** pym's throttle of those reports, ms (its default is 100). */
	scrollwait?: number;
	/** The article column's CSS width. */
	column?: string;
}

/** Opens the host page framing `src`; returns the iframe's element handle locator. */
export async function openHost(page: Page, opts: HostOptions) {
	const q = new URLSearchParams({ lib: opts.lib, src: opts.src });
	if (opts.trackscroll) q.set('trackscroll', '1');
	if (opts.scrollwait !== undefined) q.set('scrollwait', String(opts.scrollwait));
	if (opts.column) q.set('column', opts.column);
	await page.goto(`${HOST_ORIGIN}/?${q}`);
	const frame = page.locator('#host-embed iframe');
	await frame.waitFor();
	return frame;
}
