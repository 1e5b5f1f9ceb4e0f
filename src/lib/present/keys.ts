/**
 * What a key press means in the presentation, as a pure function of the key
 * and the slide number typed so far, so every binding is unit-tested.
 *
 * Presenter clickers send PageDown/PageUp (some also B or . for a black
 * screen), so they work with no set-up. Keys held with Ctrl, Alt or Meta are
 * the browser's and the system's (Ctrl+R, Alt+←, ⌘F): never taken.
 */
export type DeckCommand =
	| { kind: 'next' }
	| { kind: 'prev' }
	| { kind: 'first' }
	| { kind: 'last' }
	/** Jump to a slide by its 1-based number, as typed. */
	| { kind: 'jump'; number: number }
	| { kind: 'fullscreen' }
	| { kind: 'blank' }
	| { kind: 'help' }
	| { kind: 'speaker' }
	/** Esc: close what is open (help, blank, a half-typed number). */
	| { kind: 'escape' };

export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

export interface KeyResult {
	/** What to do, or null: the key is not ours (let the browser have it). */
	command: DeckCommand | null;
	/** The slide number being typed, digits so far ('' for none). */
	typed: string;
	/** Whether the key was ours, so its default action is prevented. */
	handled: boolean;
}

/** Enough digits for any deck this size; more are ignored. */
const MAX_DIGITS = 3;

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']);

export function readKey(e: KeyInput, typed: string): KeyResult {
	const not: KeyResult = { command: null, typed, handled: false };
	if (e.ctrlKey || e.altKey || e.metaKey) return not;
	const does = (command: DeckCommand | null, next = ''): KeyResult => ({
		command,
		typed: next,
		handled: true
	});
	const { key } = e;

	if (/^[0-9]$/.test(key)) {
		return does(null, typed.length < MAX_DIGITS ? typed + key : typed);
	}
	if (key === 'Enter') {
		return typed ? does({ kind: 'jump', number: Number(typed) }) : does({ kind: 'next' });
	}
	// While a number is being typed, Backspace corrects it instead of going back.
	if (key === 'Backspace') return typed ? does(null, typed.slice(0, -1)) : does({ kind: 'prev' });
	if (key === ' ') return does({ kind: e.shiftKey ? 'prev' : 'next' });
	if (NEXT.has(key)) return does({ kind: 'next' });
	if (PREV.has(key)) return does({ kind: 'prev' });
	if (key === 'Home') return does({ kind: 'first' });
	if (key === 'End') return does({ kind: 'last' });
	if (key === 'f' || key === 'F') return does({ kind: 'fullscreen' });
	if (key === 'b' || key === 'B' || key === '.') return does({ kind: 'blank' });
	if (key === '?') return does({ kind: 'help' });
	if (key === 's' || key === 'S') return does({ kind: 'speaker' });
	// Esc is also the browser's way out of fullscreen: it is seen, never blocked.
	if (key === 'Escape') return { command: { kind: 'escape' }, typed: '', handled: false };
	return not;
}

/**
 * Whether the focused element owns this key, so the deck leaves it alone:
 * everything typed into a field or anything editable, and the keys that
 * press a button or follow a link (Enter, Space) when one has focus.
 */
export function targetOwnsKey(target: EventTarget | null, key: string): boolean {
	if (!(target instanceof Element)) return false;
	if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) {
		return true;
	}
	return (key === 'Enter' || key === ' ') && target.closest('button, a[href], summary') !== null;
}
