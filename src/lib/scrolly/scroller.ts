/**
 * A thin wrapper around scrollama: it reports which step is active and how far
 * through it the reader is, and nothing else. Charts never see scroll events;
 * they get a step number and compute their state from it.
 */
import scrollama from 'scrollama';

export interface ScrollerOptions {
	/** Trigger line as a share of the viewport height, per layout. */
	offsetNarrow: number;
	offsetWide: number;
	/** Media query that selects the wide layout; must match the CSS. */
	wideQuery: string;
	onStep: (index: number) => void;
	onProgress?: (index: number, progress: number) => void;
}

/**
 * Watches the `[data-step]` children of `container`. Returns a function that
 * tears everything down (observers, listeners).
 */
export function createScroller(container: HTMLElement, opts: ScrollerOptions): () => void {
	const steps = Array.from(container.querySelectorAll<HTMLElement>('[data-step]'));
	if (steps.length === 0) return () => {};

	const wide = window.matchMedia(opts.wideQuery);
	const offsetFor = () => (wide.matches ? opts.offsetWide : opts.offsetNarrow);

	// scrollama says when a step crosses the trigger line; which step is active
	// is then read from the layout itself. A fast fling can skip a step's
	// enter or exit event, but never the geometry: the active step is the last
	// one whose top is above the line, or -1 when the reader is above them all.
	let current = -2;
	const settle = () => {
		const line = offsetFor() * window.innerHeight;
		let active = -1;
		steps.forEach((el, i) => {
			if (el.getBoundingClientRect().top <= line) active = i;
		});
		if (active !== current) {
			current = active;
			opts.onStep(active);
		}
	};

	const scroller = scrollama();
	scroller
		.setup({
			step: steps,
			// scrollama's typings list tenths only; any 0..1 works.
			offset: offsetFor() as scrollama.DecimalType,
			progress: Boolean(opts.onProgress)
		})
		.onStepEnter(settle)
		.onStepExit(settle)
		.onStepProgress(({ index, progress }) => opts.onProgress?.(index, progress));

	// scrollama follows step sizes itself, but not the viewport: its trigger
	// line is in pixels, so it must be recomputed when the window changes.
	let frame = 0;
	const onResize = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			// offset() exists in scrollama 3 but is missing from its typings.
			(scroller as unknown as { offset(value: number): void }).offset(offsetFor());
			settle();
		});
	};
	window.addEventListener('resize', onResize);
	wide.addEventListener('change', onResize);

	return () => {
		cancelAnimationFrame(frame);
		window.removeEventListener('resize', onResize);
		wide.removeEventListener('change', onResize);
		scroller.destroy();
	};
}
