// Boxes of elements on the page and the two questions asked of them: do any
// two overlap, and does any stand outside another box.
import type { Locator } from '@playwright/test';

export interface Box {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Boxes of the elements matching `selector` inside `root`, skipping empty ones. */
export function boxesIn(root: Locator, selector: string): Promise<Box[]> {
	return root.evaluate(
		(el, sel) =>
			Array.from(el.querySelectorAll<HTMLElement>(sel))
				.map((n) => {
					const r = n.getBoundingClientRect();
					const text = (n.textContent ?? '').trim();
					return { text, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
				})
				.filter((b) => b.right > b.left && b.bottom > b.top),
		selector
	);
}

/** Every pair of boxes that overlap by more than half a pixel, named by their text. */
export function overlapping(list: Box[]): string[] {
	const hit = (a: Box, b: Box) =>
		Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
		Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
	const out: string[] = [];
	for (let i = 0; i < list.length; i++)
		for (let j = i + 1; j < list.length; j++)
			if (hit(list[i]!, list[j]!)) out.push(`${list[i]!.text} × ${list[j]!.text}`);
	return out;
}

/** Texts of the boxes not wholly inside `outer` (1 px of rounding allowed). */
export function outsideOf(list: Box[], outer: Box): string[] {
	return list
		.filter(
			(b) =>
				b.left < outer.left - 1 ||
				b.right > outer.right + 1 ||
				b.top < outer.top - 1 ||
				b.bottom > outer.bottom + 1
		)
		.map((b) => b.text);
}
