/**
 * The state of one presentation window, the deck or its speaker view: which
 * slide, whether the screen is blanked, the help overlay, a slide number
 * being typed. It reads keys (keys.ts), follows and writes the URL hash (so
 * reload keeps the slide, and Back and Forward walk the slides visited), and
 * keeps every window of the deck on one slide (sync.ts).
 */
import { base } from '$app/paths';
import { DECK, clampSlide, slideFromHash, slideIndex, type Slide } from './deck';
import { readKey, targetOwnsKey, type DeckCommand } from './keys';
import {
	channelName,
	isNewer,
	parseDeckMessage,
	windowId,
	type DeckMessage,
	type DeckPosition
} from './sync';

export class DeckController {
	/** The slide shown, 0-based. */
	index = $state(0);
	/** Whether the last move should be drawn at once: a jump, or the first paint. */
	instant = $state(true);
	/** The screen is blacked out (B or .); the slide stays where it is. */
	blank = $state(false);
	/** The list of keys is open. */
	help = $state(false);
	/** The digits of a slide number typed so far. */
	typed = $state('');
	/** Listening: the hash is read and the keys work (tests wait for it). */
	ready = $state(false);

	readonly deck: readonly Slide[] = DECK;
	readonly slide: Slide = $derived(DECK[this.index] ?? DECK[0]!);

	#me = windowId();
	/** When this window's position was last set, by it or by another window. */
	#at = 0;
	#from = '';
	#channel: BroadcastChannel | null = null;
	/** Set by the page: opens (or brings forward) the speaker view. */
	openSpeaker: () => void = () => {};

	constructor() {
		this.#from = this.#me;
	}

	/** Starts listening: the hash, the keyboard and the other windows. Returns the teardown. */
	start(): () => void {
		const fromHash = slideFromHash(location.hash);
		this.#show(fromHash ?? 0, true);
		// A hash that names no slide is dropped from the address bar (never shown in the page).
		if (fromHash === null && location.hash) location.replace('#' + this.slide.id);

		const onHash = () => {
			const i = slideFromHash(location.hash);
			// A hash typed or linked mid-talk that names no slide: stay, and put the slide's back.
			if (i === null) location.replace('#' + this.slide.id);
			else if (i !== this.index) this.#move(i);
		};
		const onKey = (e: KeyboardEvent) => this.#onKey(e);
		addEventListener('hashchange', onHash);
		addEventListener('keydown', onKey);

		if ('BroadcastChannel' in window) {
			const channel = new BroadcastChannel(channelName(base));
			this.#channel = channel;
			channel.onmessage = (e) =>
				this.#hear(parseDeckMessage(e.data, (id) => slideIndex(id) !== null));
			// A window opened on a slide says so; one opened bare asks where the talk is.
			if (fromHash !== null) {
				this.#stamp();
				this.#announce();
			} else this.#post({ type: 'hello', from: this.#me });
		}
		this.ready = true;
		return () => {
			this.ready = false;
			removeEventListener('hashchange', onHash);
			removeEventListener('keydown', onKey);
			this.#channel?.close();
			this.#channel = null;
		};
	}

	next() {
		this.go(this.index + 1);
	}
	prev() {
		this.go(this.index - 1);
	}

	/** Moves to a slide by the presenter's hand (or an edge tap): tells the other windows. */
	go(index: number) {
		const i = clampSlide(index, this.deck);
		// Back from a blanked screen, the first press only brings the slide back.
		if (this.blank) {
			this.setBlank(false);
			return;
		}
		if (i !== this.index) this.#move(i);
	}

	setBlank(blank: boolean) {
		if (this.blank === blank) return;
		this.blank = blank;
		this.#stamp();
		this.#announce();
	}

	run(command: DeckCommand) {
		switch (command.kind) {
			case 'next':
				return this.next();
			case 'prev':
				return this.prev();
			case 'first':
				return this.go(0);
			case 'last':
				return this.go(this.deck.length - 1);
			case 'jump':
				return this.go(command.number - 1);
			case 'blank':
				return this.setBlank(!this.blank);
			case 'help':
				this.help = !this.help;
				return;
			case 'fullscreen':
				return toggleFullscreen();
			case 'speaker':
				return this.openSpeaker();
			case 'escape':
				if (this.help) this.help = false;
				else if (this.blank) this.setBlank(false);
				return;
		}
	}

	#onKey(e: KeyboardEvent) {
		if (e.defaultPrevented || targetOwnsKey(e.target, e.key)) return;
		// With the key list open, only the keys that close it count.
		if (this.help && e.key !== '?' && e.key !== 'Escape') return;
		const r = readKey(e, this.typed);
		this.typed = r.typed;
		if (r.handled) e.preventDefault();
		if (r.command) this.run(r.command);
	}

	/** A move made here: shown, written to the hash, told to the other windows. */
	#move(i: number) {
		this.#show(i, false);
		this.#stamp();
		this.#writeHash();
		this.#announce();
	}

	#show(i: number, first: boolean) {
		const from = this.deck[this.index];
		const to = this.deck[i]!;
		// One step on within a section animates as the story does; anything else is drawn at once.
		this.instant = first || !from || from.group !== to.group || Math.abs(i - this.index) !== 1;
		this.index = i;
	}

	#stamp() {
		this.#at = Date.now();
		this.#from = this.#me;
	}

	#writeHash() {
		// A new history entry per slide: Back and Forward walk the slides visited.
		if (location.hash !== '#' + this.slide.id) location.hash = this.slide.id;
	}

	#position(): DeckPosition {
		return { id: this.slide.id, blank: this.blank, at: this.#at, from: this.#from };
	}

	#announce() {
		this.#post({ type: 'position', ...this.#position() });
	}

	#post(m: DeckMessage) {
		this.#channel?.postMessage(m);
	}

	#hear(m: DeckMessage | null) {
		if (!m || m.from === this.#me) return;
		if (m.type === 'hello') {
			// The one that knows answers: a window that has been on a slide.
			if (this.#at > 0) this.#announce();
			return;
		}
		if (!isNewer(m, this.#position())) return;
		this.#at = m.at;
		this.#from = m.from;
		const i = slideIndex(m.id);
		if (i !== null && i !== this.index) {
			this.#show(i, false);
			this.#writeHash();
		}
		this.blank = m.blank;
	}
}

function toggleFullscreen() {
	if (document.fullscreenElement) {
		void document.exitFullscreen?.().catch(() => {});
	} else if (document.fullscreenEnabled) {
		void document.documentElement.requestFullscreen?.().catch(() => {});
	}
}
