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

/** Reads the boxes from the page; the ids come from our own markup. */
export function readerPlace(doc: Document, viewportHeight: number): string | null {
	const scrollies = [...doc.querySelectorAll<HTMLElement>('[data-scrolly]')].map((el) => {
		const r = el.getBoundingClientRect();
		return {
			id: el.dataset.scrolly ?? '',
			top: r.top,
			bottom: r.bottom,
			active: Number(el.dataset.activeStep ?? -1)
		};
	});
	const chapters = [...doc.querySelectorAll<HTMLElement>('[data-chapter]')].map((el) => {
		const r = el.getBoundingClientRect();
		return { id: el.id, top: r.top, bottom: r.bottom };
	});
	return placeAnchor(scrollies, chapters, viewportHeight);
}
