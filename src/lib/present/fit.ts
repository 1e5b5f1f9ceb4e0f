/**
 * Fits a chart's drawing into the height a slide leaves it. A chart's frame
 * narrows its drawing to keep its aspect under `--plot-max-h` (ChartFrame),
 * so the cap here is the box's height less what the frame puts around the
 * drawing (title, subtitle, notes), measured, since titles wrap to one or
 * two lines. A figure that still does not fit (one whose content sets its
 * height) is scaled down as a whole, by no more than it has to be.
 */
import type { Attachment } from 'svelte/attachments';

/** Below this the words would be too small to read from a hall: it overflows instead. */
const MIN_SCALE = 0.5;

export function fitChart(): Attachment<HTMLElement> {
	return (box) => {
		let frame = 0;
		const fit = () => {
			frame = 0;
			const figure = box.querySelector<HTMLElement>('figure.chart');
			if (!figure) return;
			const plot = figure.querySelector<HTMLElement>('.plot');
			const room = box.clientHeight;
			const around = figure.offsetHeight - (plot?.offsetHeight ?? 0);
			box.style.setProperty('--plot-max-h', `${Math.max(0, room - around)}px`);
			// Read again once the drawing has narrowed to its cap.
			const tall = figure.offsetHeight;
			const scale = tall > room ? Math.max(MIN_SCALE, room / tall) : 1;
			box.style.setProperty('--fit', String(scale));
		};
		const schedule = () => {
			if (!frame) frame = requestAnimationFrame(fit);
		};
		const observer = new ResizeObserver(schedule);
		observer.observe(box);
		const figure = box.querySelector('figure.chart');
		if (figure) observer.observe(figure);
		fit();
		return () => {
			observer.disconnect();
			if (frame) cancelAnimationFrame(frame);
		};
	};
}
