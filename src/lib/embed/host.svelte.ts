/**
 * The host page's window, as the host reports it to an embedded story
 * (pym's viewport-iframe-position). Null until a report arrives: without
 * one, the story lays its steps out flat; with one, its scroll sections
 * follow the host's scroll (see Scrolly's hosted mode).
 */
import { getContext, setContext } from 'svelte';
import type { HostViewport } from './messages';

const KEY = Symbol('host-view');

export class HostView {
	viewport = $state<HostViewport | null>(null);
}

/** Called by the story embed: the page's sections read the host's window from it. */
export function provideHostView(): HostView {
	return setContext(KEY, new HostView());
}

export function hostView(): HostView | undefined {
	return getContext<HostView | undefined>(KEY);
}
