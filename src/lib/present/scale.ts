/**
 * Shrinks a slide drawn at a fixed size (the stage, 80 × 45 rem: a 16:9
 * screen at 16 px type) to the width of its box, so a speaker-view thumbnail
 * is the deck exactly, only smaller. Sets --scale on the box.
 */
import type { Attachment } from 'svelte/attachments';

export function scaleStage(): Attachment<HTMLElement> {
	return (box) => {
		const fit = () => {
			const stage = box.firstElementChild as HTMLElement | null;
			if (!stage || !stage.offsetWidth) return;
			box.style.setProperty('--scale', String(box.clientWidth / stage.offsetWidth));
		};
		const observer = new ResizeObserver(fit);
		observer.observe(box);
		fit();
		return () => observer.disconnect();
	};
}
