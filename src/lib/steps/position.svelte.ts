/**
 * Where the reader is, shared by whatever needs it (the language switch now;
 * a share link or the presenter later): the active step of every scroll
 * section on the page, reported by the sections as their scroller moves.
 * Nothing reads steps back out of the DOM.
 */
import { readerPlace } from './place';

class ReaderPosition {
	/** Active step per section id; a section not yet reached is absent (or -1). */
	steps = $state<Record<string, number>>({});

	report(section: string, step: number): void {
		this.steps[section] = step;
	}

	forget(section: string): void {
		delete this.steps[section];
	}

	/** The anchor both editions share for the reader's place ("money-2", "people"), or null. */
	anchor(doc: Document, viewportHeight: number): string | null {
		return readerPlace(doc, viewportHeight, this.steps);
	}
}

export const position = new ReaderPosition();
