/**
 * Whether the app has started: set once the root layout has mounted, i.e.
 * hydration went through. Until then an error means the script could not
 * take over the prerendered page (a chunk that failed to load on a flaky
 * connection, or was blocked), and the page must be left as it was.
 */
let started = false;

export function markStarted(): void {
	started = true;
}

export function hasStarted(): boolean {
	return started;
}
