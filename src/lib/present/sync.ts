/**
 * Keeps the deck and its speaker view on the same slide, both ways, over a
 * BroadcastChannel (same origin, same browser: the presenter's laptop).
 *
 * Each window says where it is with the time it got there. Both windows read
 * one clock (they run on one machine), so the later move wins wherever it
 * came from, ties broken by window id: two windows moved at once still agree
 * on one slide, and a window that reloads simply announces itself again.
 * Messages are checked field by field; anything else on the channel is
 * dropped.
 */
export interface DeckPosition {
	/** The slide's id (its hash). */
	id: string;
	/** The screen blanked to black. */
	blank: boolean;
	/** When the move was made (Date.now() of the window that made it). */
	at: number;
	/** The window that made it: a random id per page load. */
	from: string;
}

export type DeckMessage =
	/** Where the sender is. */
	| ({ type: 'position' } & DeckPosition)
	/** A window has opened and asks where the deck is. */
	| { type: 'hello'; from: string };

const ID = /^[a-z0-9-]{1,40}$/;

/** Reads a message from the channel, or null for anything that is not one. */
export function parseDeckMessage(
	data: unknown,
	isSlide: (id: string) => boolean
): DeckMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (typeof m.from !== 'string' || !ID.test(m.from)) return null;
	if (m.type === 'hello') return { type: 'hello', from: m.from };
	if (m.type !== 'position') return null;
	if (typeof m.id !== 'string' || !ID.test(m.id) || !isSlide(m.id)) return null;
	if (typeof m.blank !== 'boolean') return null;
	if (typeof m.at !== 'number' || !Number.isFinite(m.at)) return null;
	return { type: 'position', id: m.id, blank: m.blank, at: m.at, from: m.from };
}

/** Whether a position heard from another window should replace this one's. */
export function isNewer(theirs: DeckPosition, ours: DeckPosition): boolean {
	if (theirs.at !== ours.at) return theirs.at > ours.at;
	return theirs.from > ours.from;
}

/** One channel per deployment: two builds under different paths never cross. */
export function channelName(base: string): string {
	return `fuling-present:${base || '/'}`;
}

/** A random window id, in the message alphabet. */
export function windowId(): string {
	return Math.random().toString(36).slice(2, 12) || 'w';
}
