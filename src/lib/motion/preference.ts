/**
 * Whether the story may move: not when the device asks for reduced motion,
 * and not when the reader has turned animation off with the story's own
 * switch (for readers who never found the system setting). The switch is
 * remembered in localStorage, on this device only: no cookie, no banner.
 *
 * The CSS side is one attribute on <html> (`data-motion-off`), which
 * app.css treats exactly like `prefers-reduced-motion: reduce`. The inline
 * script in src/app.html sets it from storage before the first paint, so a
 * returning reader never sees a frame of motion; keep MOTION_KEY and
 * MOTION_OFF_ATTR in step with it (motion.test.ts reads app.html).
 */
import { prefersReducedMotion } from 'svelte/motion';

export const MOTION_KEY = 'fuling-motion';
export const MOTION_OFF_ATTR = 'data-motion-off';

/** The stored choice; storage may be blocked (privacy modes), which reads as "on". */
function readStored(): boolean {
	try {
		return globalThis.localStorage?.getItem(MOTION_KEY) === 'off';
	} catch {
		return false;
	}
}

function store(off: boolean): void {
	try {
		if (off) localStorage.setItem(MOTION_KEY, 'off');
		else localStorage.removeItem(MOTION_KEY);
	} catch {
		// Blocked storage: the choice holds for this page only.
	}
}

/*
 * Plain module state, not a rune: the charts' step functions (and so the
 * tests that import them outside Svelte) reach this module through
 * motion.ts. A switch that shows the state subscribes with onMotionChange.
 */
let userOff = readStored();
const listeners = new Set<() => void>();

function apply(off: boolean): void {
	userOff = off;
	globalThis.document?.documentElement.toggleAttribute(MOTION_OFF_ATTR, off);
	for (const fn of listeners) fn();
}

// Another tab of the story changed it: follow, so both agree.
globalThis.addEventListener?.('storage', (e: StorageEvent) => {
	if (e.key === MOTION_KEY || e.key === null) apply(readStored());
});

export const motion = {
	/** The device asks for reduced motion (reactive where read in a component). */
	get system(): boolean {
		return prefersReducedMotion.current;
	},
	/** The reader turned animation off here. */
	get userOff(): boolean {
		return userOff;
	},
	/** Nothing may move: either of the two. */
	get reduced(): boolean {
		return prefersReducedMotion.current || userOff;
	},
	/** The switch: remembered, and applied to the CSS at once. */
	setUserOff(off: boolean): void {
		store(off);
		apply(off);
	}
};

/** Calls `fn` whenever the reader's choice changes (here or in another tab); returns the unsubscribe. */
export function onMotionChange(fn: () => void): () => void {
	listeners.add(fn);
	return () => listeners.delete(fn);
}
