// The sub-path build the browser tests serve beside the normal one. `npm run
// build:subpath` writes it (its BASE_PATH and BUILD_DIR are these two, spelled out
// in package.json), playwright.config.ts serves it, tests/e2e/subpath.spec.ts walks it.
export const SUBPATH_BASE = '/graphics/2021/fuling';
export const SUBPATH_DIR = 'build-subpath';

/** Two above the main server (E2E_PORT), leaving the port between for another origin. */
export function subpathPort(): number {
	return Number(process.env.E2E_SUBPATH_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 2);
}

export function subpathOrigin(): string {
	return `http://127.0.0.1:${subpathPort()}`;
}
