// Counting marks. A group or row of identical unit squares or dots is drawn as
// one <path> (src/lib/charts/shared/mark-path.ts) that says how many it holds
// in data-count; any other mark element is one mark.
import type { Locator } from '@playwright/test';

/** The marks that every element the locator matches draws, added up. */
export function countMarks(locator: Locator): Promise<number> {
	return locator.evaluateAll((els) =>
		els.reduce((n, el) => n + Number(el.getAttribute('data-count') ?? 1), 0)
	);
}

/** The same in prerendered HTML: the marks of every tag `tag` matches (a regex without flags). */
export function countMarksInHtml(html: string, tag: RegExp): number {
	let n = 0;
	for (const [el] of html.matchAll(new RegExp(tag.source, 'g'))) {
		n += Number(/data-count="(\d+)"/.exec(el)?.[1] ?? 1);
	}
	return n;
}

export interface MarkBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The on-screen box of every mark the locator's elements draw, in order: a
 * path's sub-paths one by one (each drawn alone, for a moment, beside it),
 * any other element whole.
 */
export function markBoxes(locator: Locator): Promise<MarkBox[]> {
	return locator.evaluateAll((els) =>
		els.flatMap((el) => {
			const box = (e: Element) => {
				const r = e.getBoundingClientRect();
				return { x: r.x, y: r.y, width: r.width, height: r.height };
			};
			if (el.tagName !== 'path' || !el.hasAttribute('data-count')) return [box(el)];
			return (el.getAttribute('d') ?? '')
				.split(/(?=M)/)
				.filter(Boolean)
				.map((d) => {
					const one = el.cloneNode() as SVGPathElement;
					one.setAttribute('d', d);
					el.after(one);
					const b = box(one);
					one.remove();
					return b;
				});
		})
	);
}
