// End-to-end tests against the real static build in build/.
// This config does NOT build the site: `npm test` runs `npm run build` before `npm run test:e2e`.
// Relative paths here resolve from this folder (tests/), not the repo root.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './support/chromium';
import { SUBPATH_BASE, SUBPATH_DIR, subpathOrigin, subpathPort } from './support/subpath';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
// The news site that frames the embeds: another origin (see support/host.js, e2e/support/host.ts).
const hostPort = port + 1;
const browser = findChromium();
const launchOptions = { executablePath: browser.executablePath, args: chromiumArgs(browser) };
const repo = resolve(import.meta.dirname, '..');

export default defineConfig({
	testDir: './e2e',
	outputDir: './.output/results',
	reporter: 'list',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 30_000,
	use: { baseURL },
	// A tag runs a test under one project only. @phone: the test needs no window
	// size (it only requests files, reads the HTML without JavaScript or checks
	// the data), sets its own sizes, or is about phones. @desktop: it runs once,
	// at desktop size. Everything else runs at both sizes.
	projects: [
		{
			// Hand-written rather than a devices[] preset: those can switch to WebKit.
			name: 'phone',
			grepInvert: /@desktop/,
			use: {
				browserName: 'chromium',
				viewport: { width: 390, height: 844 },
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: true,
				launchOptions
			}
		},
		{
			name: 'desktop',
			grepInvert: /@phone/,
			use: { browserName: 'chromium', viewport: { width: 1280, height: 800 }, launchOptions }
		}
	],
	webServer: [
		{
			command: 'node tests/support/serve.js',
			cwd: repo,
			url: baseURL,
			env: {
				PORT: String(port),
				...(process.env.BUILD_DIR ? { BUILD_DIR: process.env.BUILD_DIR } : {})
			},
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		},
		{
			command: 'node tests/support/host.js',
			cwd: repo,
			url: `http://127.0.0.1:${hostPort}/`,
			env: { PORT: String(hostPort) },
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		},
		// The sub-path build (npm run build:subpath), mounted under its base path as a
		// newsroom's server would, for subpath.spec.ts. Started only when it has been
		// built, so the other specs run after a plain `npm run build`; the spec itself
		// fails, saying what to run, when the folder is missing.
		...(existsSync(resolve(repo, SUBPATH_DIR))
			? [
					{
						command: 'node tests/support/serve.js',
						cwd: repo,
						url: `${subpathOrigin()}${SUBPATH_BASE}/`,
						env: {
							PORT: String(subpathPort()),
							BUILD_DIR: SUBPATH_DIR,
							BASE_PATH: SUBPATH_BASE
						},
						reuseExistingServer: !process.env.CI,
						timeout: 30_000
					}
				]
			: [])
	]
});
