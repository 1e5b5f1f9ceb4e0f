/**
 * A thin wrapper around scrollama: it reports which step is active, and
 * nothing else (no progress within a step: nothing reads it). Charts never see scroll events;
 * they get a step number and compute their state from it.
 */
import scrollama from 'scrollama';
import { oncePerFrame } from './frame';

export interface ScrollerOptions {
	/**
	 * The trigger line as a share of the viewport height, asked again on every
	 * check: the layout decides it from the space there is (see Scrolly).
	 */
	offset: () => number;
	/** The active step changed: its index, or -1 above the first. */
	onStep: (index: number) => void;
}

export interface Scroller {
	/** Re-reads the trigger line and the active step, e.g. after the layout changed. */
	refresh(): void;
	/** Tears everything down (observers, listeners). */
	destroy(): void;
}

/**
 * Watches the `[data-step]` children of `container`. Reports the active step
 * once at once (a reader who arrives mid-section, by a link or a reload, is
 * told where they are before anything else happens), then on every change.
 */
export function createScroller(container: HTMLElement, opts: ScrollerOptions): Scroller {
	const steps = Array.from(container.querySelectorAll<HTMLElement>('[data-step]'));
	if (steps.length === 0) return { refresh() {}, destroy() {} };

	// scrollama says when a step crosses the trigger line; which step is active
	// is then read from the layout itself. A fast fling can skip a step's
	// enter or exit event, but never the geometry: the active step is the last
	// one whose top is above the line, or -1 when the reader is above them all.
	let current = -2;
	const settle = () => {
		const line = opts.offset() * window.innerHeight;
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
			offset: opts.offset() as scrollama.DecimalType
		})
		.onStepEnter(settle)
		.onStepExit(settle);
	settle();

	// The events alone are not enough: a jump (a link, a reload, a fling)
	// that lands a step right at the line can pass without one, so the
	// geometry is read again once per frame while the page scrolls.
	const reading = oncePerFrame(settle);
	window.addEventListener('scroll', reading.request, { passive: true });

	// scrollama follows step sizes itself, but not the viewport: its trigger
	// line is in pixels, so it must be recomputed when the window changes.
	let frame = 0;
	const refresh = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			// offset() exists in scrollama 3 but is missing from its typings.
			(scroller as unknown as { offset(value: number): void }).offset(opts.offset());
			settle();
		});
	};
	window.addEventListener('resize', refresh);

	return {
		refresh,
		destroy() {
			cancelAnimationFrame(frame);
			reading.cancel();
			window.removeEventListener('scroll', reading.request);
			window.removeEventListener('resize', refresh);
			scroller.destroy();
		}
	};
}
