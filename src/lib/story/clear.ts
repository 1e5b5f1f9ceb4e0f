/**
 * Whether a fixed element, where it shows, would sit on a line of text.
 * Read from the line boxes themselves (a Range over each text node), not
 * from paragraph boxes: a short last line or the gap between two steps is
 * room enough.
 */

/** Room kept between the element and any glyph, in CSS px. */
const MARGIN = 6;

interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const meets = (a: Box, b: DOMRect | Box) =>
	a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * Where `el` shows: its place from its fixed `right` and `bottom`, not from
 * its current box, which may be moved out of view while it is hidden.
 */
function shownBox(el: HTMLElement): Box {
	const cs = getComputedStyle(el);
	const right = window.innerWidth - parseFloat(cs.right);
	const bottom = window.innerHeight - parseFloat(cs.bottom);
	return {
		left: right - el.offsetWidth - MARGIN,
		right: right + MARGIN,
		top: bottom - el.offsetHeight - MARGIN,
		bottom: bottom + MARGIN
	};
}

/**
 * Whether a text node in `root` has a line box meeting `box`, walking down
 * only into elements near it (chart labels are not hit-testable, so
 * elementsFromPoint would miss them).
 */
function textMeets(root: Element, box: Box, skip: Element, range: Range): boolean {
	for (const node of root.childNodes) {
		if (node.nodeType === Node.TEXT_NODE) {
			if (!node.textContent?.trim()) continue;
			range.selectNodeContents(node);
			for (const line of range.getClientRects()) if (meets(box, line)) return true;
		} else if (node instanceof Element && node !== skip) {
			const r = node.getBoundingClientRect();
			// Only boxes far from it are passed by: text set absolutely (timeline
			// and chart labels) can spill out of its parent's box, never a screen away.
			const near =
				r.bottom > box.top - window.innerHeight && r.top < box.bottom + window.innerHeight;
			// An empty box (a display: contents wrapper, a zero-height list of
			// absolutely placed items) says nothing of where its children are.
			const through = r.width === 0 || r.height === 0;
			if ((near || through) && textMeets(node, box, skip, range)) return true;
		}
	}
	return false;
}

export function coversText(el: HTMLElement): boolean {
	return textMeets(document.body, shownBox(el), el, document.createRange());
}
