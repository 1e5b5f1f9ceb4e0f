// What the benchmark measures, page by page: Lighthouse 12's mobile run
// (median of three), the bytes each kind of file costs (raw and gzip) and
// the DOM's size; then a scroll through the whole story at 4x CPU throttle,
// every frame timed and every long task counted. It prints a table and
// writes the same as JSON (bench/results.json; bench/baseline.json is the
// committed reference to compare a change against).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, test, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/chromium';
import { weigh, type Bytes } from '../tests/support/weigh';
import {
	median,
	quantile,
	summarizeRuns,
	type LighthouseRun,
	type LighthouseSummary
} from './stats';

const PAGES = ['/', '/zh/', '/embed/economy/', '/embed/story/', '/present/'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OUT = resolve(import.meta.dirname, process.env.BENCH_OUT ?? 'results.json');

type ScrollReport = Awaited<ReturnType<typeof scrollThrough>>;
interface PageReport {
	lighthouse: LighthouseSummary;
	/** LCP over the minimal page's, in the same run (target: at most 1.1). */
	lcpVsMinimal: number;
	bytes: Bytes;
	dom: number;
}
interface Report {
	date: string;
	commit: string;
	runs: number;
	/** The minimal SvelteKit page (bench/minimal), measured in the same run. */
	minimal?: LighthouseSummary;
	pages: Record<string, PageReport>;
	scroll?: ScrollReport;
}

/** Scrolls the whole story like a reader's wheel at 4x CPU throttle; times every frame. */
async function scrollThrough(page: Page, path: string) {
	const cdp = await page.context().newCDPSession(page);
	await page.goto(path, { waitUntil: 'networkidle' });
	await page.locator('[data-scrolly][data-motion="live"]').first().waitFor();
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __long: number[] };
		w.__frames = [];
		w.__long = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long.push(e.duration);
		}).observe({ type: 'longtask' });
		let last = performance.now();
		const tick = (t: number) => {
			w.__frames.push(t - last);
			last = t;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	await page.mouse.move(195, 600);
	for (;;) {
		await page.mouse.wheel(0, 300);
		await page.waitForTimeout(120);
		const done = await page.evaluate(
			() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2
		);
		if (done) break;
	}
	// Let the last step's transitions finish inside the measurement.
	await page.waitForTimeout(1500);
	const { frames, long } = await page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __long: number[] };
		return { frames: w.__frames.slice(1), long: w.__long };
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	return {
		frames: frames.length,
		medianMs: median(frames),
		p95Ms: quantile(frames, 0.95),
		worstMs: Math.max(...frames),
		over50: frames.filter((f) => f > 50).length,
		longTasks: long.length,
		longestTaskMs: long.length ? Math.max(...long) : 0
	};
}

test('benchmark', async ({ browser, baseURL }) => {
	const choice = findChromium();
	const chrome = await launch({
		chromePath: choice.executablePath ?? chromium.executablePath(),
		chromeFlags: ['--headless=new', ...chromiumArgs(choice), '--disable-dev-shm-usage'],
		logLevel: 'error'
	});
	const report: Report = {
		date: new Date().toISOString(),
		commit: execSync('git rev-parse --short HEAD').toString().trim(),
		runs: RUNS,
		pages: {}
	};
	/** Lighthouse's default (mobile, simulated throttling) run `RUNS` times, summarized. */
	const audit = async (url: string) => {
		const runs: LighthouseRun[] = [];
		for (let i = 0; i < RUNS; i++) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error'
			});
			if (!result?.lhr || result.lhr.runtimeError) {
				throw new Error(`Lighthouse failed on ${url}: ${result?.lhr.runtimeError?.message}`);
			}
			runs.push(result.lhr as unknown as LighthouseRun);
		}
		return summarizeRuns(runs);
	};
	try {
		// The yardstick first, then each page, in the same run on the same machine.
		const minimalUrl = new URL(baseURL!);
		minimalUrl.port = String(Number(minimalUrl.port) + 1);
		const minimal = await audit(minimalUrl.href);
		report.minimal = minimal;
		for (const path of PAGES) {
			const scores = await audit(`${baseURL}${path}`);
			const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
			const weighed = await weigh(await context.newPage(), path);
			await context.close();
			report.pages[path] = {
				lighthouse: scores,
				lcpVsMinimal: Math.round((scores.lcpMs / minimal.lcpMs) * 100) / 100,
				...weighed
			};
		}
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
			deviceScaleFactor: 2
		});
		report.scroll = await scrollThrough(await context.newPage(), '/');
		await context.close();
	} finally {
		chrome.kill();
	}
	writeFileSync(OUT, JSON.stringify(report, null, '\t') + '\n');
	console.log(formatReport(report));
	console.log(`Written to ${OUT}`);
});

/** The report as a table a person reads. */
function formatReport(report: Report): string {
	const kb = (n: number) => (n / 1024).toFixed(1);
	const rows = Object.entries(report.pages).map(([path, p]) => {
		const l = p.lighthouse;
		const b = p.bytes;
		const total = Object.values(b).reduce((a, k) => a + k.gzip, 0);
		return [
			path.padEnd(16),
			`perf ${l.performance} a11y ${l.accessibility} bp ${l['best-practices']} seo ${l.seo}`,
			`LCP ${l.lcpMs} ms (${p.lcpVsMinimal}× minimal) TBT ${l.tbtMs} ms CLS ${l.cls} SI ${l.speedIndexMs} ms`,
			`JS ${kb(b.js.gzip)} KB gz (${kb(b.js.raw)} raw)  CSS ${kb(b.css.gzip)}  HTML ${kb(b.html.gzip)} (${kb(b.html.raw)} raw)  fonts ${kb(b.font.gzip)}  img ${kb(b.image.gzip)}  all ${kb(total)} KB gz`,
			`DOM ${p.dom}`
		].join('\n  ');
	});
	const s = report.scroll;
	return [
		`Benchmark ${report.commit} (Lighthouse mobile, median of ${report.runs})`,
		`minimal page: perf ${report.minimal?.performance} LCP ${report.minimal?.lcpMs} ms TBT ${report.minimal?.tbtMs} ms`,
		...rows,
		!s
			? 'no scroll-through'
			: `scroll-through / at 4x CPU: ${s.frames} frames, median ${s.medianMs.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms, worst ${s.worstMs.toFixed(0)} ms, ${s.over50} over 50 ms; ${s.longTasks} long tasks, longest ${s.longestTaskMs.toFixed(0)} ms`
	].join('\n');
}
