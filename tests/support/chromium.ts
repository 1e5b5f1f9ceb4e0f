// Finds a Chromium for Playwright. Laptops use Playwright's own download; CI machines and
// closed networks cannot download it, so we fall back to a system Chromium from apt.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface ChromiumChoice {
	/** undefined means "let Playwright use its own browser". */
	executablePath?: string;
	source: string;
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Flags for a system Chromium running as root with no network: no sandbox (root), no GPU
 * (headless servers), and no background calls home that would hang or fail offline.
 * --disable-dev-shm-usage avoids crashes in containers with a tiny /dev/shm and is always safe.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

export function findChromium(): ChromiumChoice {
	// An explicit CHROMIUM_PATH wins over everything else.
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
		return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
	}

	try {
		// Throws when Playwright's browsers were never installed.
		if (existsSync(chromium.executablePath())) {
			return { executablePath: undefined, source: 'playwright' };
		}
	} catch {
		// Fall through to the system browsers.
	}

	const found = SYSTEM_PATHS.find((path) => existsSync(path));
	if (found) return { executablePath: found, source: found };

	throw new Error(
		'No Chromium found. Install one of: `npx playwright install chromium` (laptop), ' +
			'or on Debian/Ubuntu `sudo apt-get install -y chromium fonts-noto-cjk`, ' +
			'or set CHROMIUM_PATH=/path/to/chrome.'
	);
}

/** Launch flags for the chosen browser: the offline/root flags only matter for a system one. */
export function chromiumArgs(choice: ChromiumChoice): string[] {
	return choice.source === 'playwright' ? ['--disable-dev-shm-usage'] : CHROMIUM_ARGS;
}
