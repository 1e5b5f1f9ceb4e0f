/**
 * Where the reader is, as an anchor the other edition also has: the active
 * step of the scrolly section on screen ("money-2"), else the last chapter
 * whose top has passed the middle of the window ("shuangxi"), else none.
 * Both editions share every id, so the anchor lands on the same place.
 */
export interface Box {
	id: string;
	/** Viewport coordinates, as getBoundingClientRect gives them. */
	top: number;
	bottom: number;
}

export interface ScrollyBox extends Box {
	/** The section's active step; -1 before its first. */
	active: number;
}

export function placeAnchor(
	scrollies: readonly ScrollyBox[],
	chapters: readonly Box[],
	viewportHeight: number
): string | null {
	const mid = viewportHeight / 2;
	const onScreen = scrollies.find((s) => s.top <= mid && s.bottom > mid);
	if (onScreen) return `${onScreen.id}-${Math.max(0, onScreen.active)}`;
	let last: string | null = null;
	for (const c of chapters) if (c.top <= mid) last = c.id;
	return last;
}

/**
 * Reads the sections' boxes from the page and their steps from `steps` (the
 * shared position state, see position.svelte.ts), not from attributes.
 * The ids come from our own markup.
 */
export function readerPlace(
	doc: Document,
	viewportHeight: number,
	steps: Readonly<Record<string, number>>
): string | null {
	const box = (el: HTMLElement) => {
		const r = el.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom };
	};
	const scrollies = [...doc.querySelectorAll<HTMLElement>('[data-scrolly]')].map((el) => {
		const id = el.dataset.scrolly ?? '';
		return { id, ...box(el), active: steps[id] ?? -1 };
	});
	const chapters = [...doc.querySelectorAll<HTMLElement>('[data-chapter]')].map((el) => ({
		id: el.id,
		...box(el)
	}));
	return placeAnchor(scrollies, chapters, viewportHeight);
}
