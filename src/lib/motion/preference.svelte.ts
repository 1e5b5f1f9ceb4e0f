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

class MotionPreference {
	#userOff = $state(readStored());

	constructor() {
		// Another tab of the story changed it: follow, so both agree.
		globalThis.addEventListener?.('storage', (e: StorageEvent) => {
			if (e.key === MOTION_KEY || e.key === null) this.#apply(readStored());
		});
	}

	/** The device asks for reduced motion. */
	get system(): boolean {
		return prefersReducedMotion.current;
	}

	/** The reader turned animation off here. */
	get userOff(): boolean {
		return this.#userOff;
	}

	/** Nothing may move: either of the two. */
	get reduced(): boolean {
		return this.system || this.#userOff;
	}

	/** The switch: remembered, and applied to the CSS at once. */
	setUserOff(off: boolean): void {
		store(off);
		this.#apply(off);
	}

	#apply(off: boolean): void {
		this.#userOff = off;
		globalThis.document?.documentElement.toggleAttribute(MOTION_OFF_ATTR, off);
	}
}

export const motion = new MotionPreference();
