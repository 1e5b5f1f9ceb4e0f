/**
 * Whether a chart draws its marks yet. In the running story each scroll
 * section holds its chart's drawing back until the reader comes within a
 * screen of it. The sections are built afresh when the page starts (the
 * prerendered page lays them out flat), so starting the page builds the
 * marks of the section on screen, not of all four: a shorter longest task.
 * Figures are not held: they hydrate their prerendered marks, whose words
 * find-in-page and the tests read at once.
 *
 * The frame around the drawing (title, subtitle, the plot's box at its
 * aspect, the notes) is there from the start, so nothing moves when the
 * marks arrive and a section measures its sticky height as before. Once
 * drawn, a chart stays drawn.
 *
 * Anywhere else (the prerendered page, the flat layout, an embed, a slide)
 * nothing holds a chart back, and it draws at once.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('drawing');

/** Set once the page is printed: paper shows every chart, near or not. */
const page = $state({ drawAll: false });

/** Draws every held chart now and from now on (before printing). */
export function drawEverything(): void {
	page.drawAll = true;
}

/** How far from the window a held chart starts drawing: a screen, either way. */
const NEAR = '100% 0px';

/**
 * What was within a screen of the window when the page arrived, by the
 * `data-hold` key of the prerendered element: read once, before hydration
 * replaces or rewrites those elements, in one layout.
 */
let nearOnArrival: readonly string[] = [];

/** Called before hydration (Story): notes which held sections the reader landed near. */
export function noteArrival(doc: Document): void {
	const h = window.innerHeight;
	nearOnArrival = [...doc.querySelectorAll<HTMLElement>('[data-hold]')]
		.filter((el) => {
			const box = el.getBoundingClientRect();
			return box.bottom > -h && box.top < 2 * h;
		})
		.map((el) => el.dataset.hold ?? '');
}

/**
 * Called by a scroll section whose element carries `data-hold={key}`:
 * holds back the drawings of the charts in it until `watch` sees the element
 * near the window. Near when the page arrived (noteArrival), it draws at
 * once, so a reader who lands on a chart never sees its box empty.
 */
export function holdDrawing(key: string) {
	const state = $state({ near: nearOnArrival.includes(key) });
	setContext(KEY, () => state.near || page.drawAll);
	return {
		/** Draws once `el` comes within a screen of the window; returns the teardown. */
		watch(el: Element): () => void {
			if (state.near) return () => {};
			const io = new IntersectionObserver(
				(entries) => {
					if (entries.some((e) => e.isIntersecting)) {
						state.near = true;
						io.disconnect();
					}
				},
				{ rootMargin: NEAR }
			);
			io.observe(el);
			return () => io.disconnect();
		},
		/** Draws now (a host page reports the reader is near). */
		release(): void {
			state.near = true;
		},
		get near(): boolean {
			return state.near;
		}
	};
}

/** Called by a chart: whether to draw its marks now. */
export function drawingReady(): () => boolean {
	return getContext<(() => boolean) | undefined>(KEY) ?? (() => true);
}
