/**
 * Whether the page being rendered is an embed (a chart or the story inside
 * another site's iframe). Set once by the embed pages; read by the parts of
 * the story that make sense only on our own page (the language switch, the
 * embed codes).
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('framed');

/** Called by an embed page: everything under it knows it is in a frame. */
export function markFramed(): void {
	setContext(KEY, true);
}

export function isFramed(): boolean {
	return getContext<boolean | undefined>(KEY) === true;
}
