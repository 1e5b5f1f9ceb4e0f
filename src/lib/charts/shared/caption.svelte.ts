/**
 * Where a chart's notes and source line go. Normally under the drawing, in
 * its figcaption. A scroll section whose graphic is stacked over the steps
 * (a phone) cannot spare the sticky height for them: it provides a slot, the
 * chart's frame fills it, and the section prints the notes in the page flow
 * instead, once, under the graphic before the first step.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('caption-slot');

export class CaptionSlot {
	notes = $state<string[]>([]);
	source = $state('');
}

/** Called by a scroll section: the charts inside it hand it their captions. */
export function provideCaptionSlot(): CaptionSlot {
	return setContext(KEY, new CaptionSlot());
}

/** Called by a chart frame: the slot of the section it sits in, if any. */
export function captionSlot(): CaptionSlot | undefined {
	return getContext<CaptionSlot | undefined>(KEY);
}
