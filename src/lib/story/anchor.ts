/**
 * Keeps the reader's place when the scroll sections change layout under
 * them: the prerendered flat layout giving way to the sticky one once the
 * page runs, the flat layout for printing and back, and a reload (the
 * browser puts back a scroll offset measured in the sticky layout, but the
 * page first comes back flat). What is kept is not an offset but a place:
 *
 * - inside a scroll section, its step (the active one when sticky, the one
 *   read when flat), brought back to the top as a link to it would;
 * - anywhere else, the element at the top of the window, counted among the
 *   elements outside the sections (which both layouts share), and its height.
 */
export type Place =
	| { kind: 'step'; id: string }
	| { kind: 'section'; key: string }
	| { kind: 'node'; index: number; top: number };

const SECTION = '[data-scrolly]';

/** Elements outside the scroll sections, in document order: the same list in either layout. */
function fixedNodes(root: Element): Element[] {
	return [...root.querySelectorAll('*')].filter((el) => !el.closest(SECTION));
}

/** Where the reader is now, or null at the very top (nothing to keep). */
export function capturePlace(root: Element, win: Window = window): Place | null {
	if (win.scrollY < 1) return null;
	// A little below the top edge: the first line the reader sees.
	const hit = win.document.elementFromPoint(win.innerWidth / 2, 8);
	if (!hit || !root.contains(hit)) return null;
	const section = hit.closest<HTMLElement>(SECTION);
	if (section) {
		const key = section.dataset.scrolly ?? '';
		// Sticky: the step the section shows. Flat: the step under the line.
		const active = Number(section.dataset.activeStep ?? -1);
		const step = section.dataset.layout === 'flat' ? hit.closest('[data-step][id]') : null;
		const id = step?.id ?? (active >= 0 ? `${key}-${active}` : '');
		return id ? { kind: 'step', id } : { kind: 'section', key };
	}
	const index = fixedNodes(root).indexOf(hit);
	return index < 0 ? null : { kind: 'node', index, top: hit.getBoundingClientRect().top };
}

/** Brings the place back into the window; nothing when it is gone. */
export function restorePlace(place: Place | null, root: Element, win: Window = window): void {
	if (!place) return;
	const doc = win.document;
	if (place.kind === 'node') {
		const el = fixedNodes(root)[place.index];
		if (!el) return;
		const delta = el.getBoundingClientRect().top - place.top;
		if (Math.abs(delta) >= 1) win.scrollBy({ top: delta, behavior: 'instant' });
		return;
	}
	const el =
		place.kind === 'step'
			? doc.getElementById(place.id)
			: doc.querySelector(`[data-scrolly="${CSS.escape(place.key)}"]`);
	el?.scrollIntoView({ block: 'start', behavior: 'instant' });
}

/** A stored place, checked: anything malformed reads as none. */
export function parsePlace(raw: string | null): Place | null {
	if (!raw) return null;
	try {
		const p: unknown = JSON.parse(raw);
		if (typeof p !== 'object' || p === null) return null;
		const o = p as Record<string, unknown>;
		if (o.kind === 'step' && typeof o.id === 'string' && /^[a-z-]+-\d+$/.test(o.id)) {
			return { kind: 'step', id: o.id };
		}
		if (o.kind === 'section' && typeof o.key === 'string' && /^[a-z-]+$/.test(o.key)) {
			return { kind: 'section', key: o.key };
		}
		if (
			o.kind === 'node' &&
			Number.isInteger(o.index) &&
			(o.index as number) >= 0 &&
			Number.isFinite(o.top)
		) {
			return { kind: 'node', index: o.index as number, top: o.top as number };
		}
	} catch {
		// Not JSON: no place.
	}
	return null;
}
