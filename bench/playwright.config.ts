// The benchmark (npm run bench), not a test suite: one Playwright "test"
// that measures the built site in build/ and prints medians. It runs alone
// (one worker) so nothing else competes for the CPU while it measures.
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/chromium';

const port = Number(process.env.BENCH_PORT ?? 4190);
const browser = findChromium();
const repo = resolve(import.meta.dirname, '..');

export default defineConfig({
	testDir: '.',
	testMatch: 'bench.spec.ts',
	outputDir: './.output',
	reporter: 'list',
	workers: 1,
	timeout: 30 * 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: browser.executablePath, args: chromiumArgs(browser) }
	},
	webServer: [
		{
			command: 'node tests/support/serve.js',
			cwd: repo,
			url: `http://127.0.0.1:${port}`,
			env: { PORT: String(port) },
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			// The yardstick page (bench/minimal), served the same way.
			command: 'node tests/support/serve.js',
			cwd: repo,
			url: `http://127.0.0.1:${port + 1}`,
			env: { PORT: String(port + 1), BUILD_DIR: 'bench/minimal/build' },
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
