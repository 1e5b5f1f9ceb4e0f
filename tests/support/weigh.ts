// What a page costs to load: every file it fetches, by kind, raw and gzip
// (level 9, so the figure does not depend on the server), and its DOM's size
// once it has loaded. Shared by the benchmark (bench/bench.spec.ts), which
// reports it, and the budget test (tests/e2e/budget.spec.ts), which holds it.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export type Kind = 'js' | 'css' | 'html' | 'font' | 'image' | 'other';
export type Bytes = Record<Kind, { raw: number; gzip: number; files: number }>;

export function kindOf(url: string, type: string): Kind {
	if (type === 'document' || url.endsWith('.html')) return 'html';
	if (type === 'script' || url.endsWith('.js')) return 'js';
	if (type === 'stylesheet' || url.endsWith('.css')) return 'css';
	if (type === 'font' || /\.woff2?$/.test(url)) return 'font';
	if (type === 'image' || /\.(png|svg|jpe?g|webp|avif)$/.test(url)) return 'image';
	return 'other';
}

/**
 * Loads `path` and weighs it. `ready`, when given, is awaited before the DOM
 * is counted (the story's sticky layout, say); otherwise the network's idle.
 */
export async function weigh(
	page: Page,
	path: string,
	ready?: (page: Page) => Promise<void>
): Promise<{ bytes: Bytes; dom: number }> {
	const bytes = Object.fromEntries(
		(['js', 'css', 'html', 'font', 'image', 'other'] as Kind[]).map((k) => [
			k,
			{ raw: 0, gzip: 0, files: 0 }
		])
	) as Bytes;
	const pending: Promise<void>[] = [];
	const onResponse = (response: import('@playwright/test').Response) => {
		pending.push(
			(async () => {
				const body = await response.body().catch(() => null);
				if (!body) return;
				const k = kindOf(response.url(), response.request().resourceType());
				bytes[k].raw += body.length;
				bytes[k].gzip += gzipSync(body, { level: 9 }).length;
				bytes[k].files += 1;
			})()
		);
	};
	page.on('response', onResponse);
	await page.goto(path, { waitUntil: 'networkidle' });
	if (ready) await ready(page);
	await Promise.all(pending);
	const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
	page.off('response', onResponse);
	return { bytes, dom };
}
