/**
 * Tells the page around an embed how tall the embed is, in the three formats
 * news sites listen for (messages.ts), with no library on either side: on
 * start, on `load`, whenever the page's height changes, and in reply to
 * pym's width message and frames' init. Posts only when the height changed
 * (or in reply), so it can never run in a loop. Messages are accepted from
 * the parent window only.
 */
import { heightMessages, parseHostMessage, type HostViewport } from './messages';

export interface ResizerOptions {
	/** The Datawrapper key: part of the embed's URL (the chart's slug, or "story"). */
	slug: string;
	/** pym's id for the frame, already checked (readChildId), or null. */
	childId: string | null;
	/** The host reported where its window is (pym's viewport-iframe-position). */
	onPosition?: (viewport: HostViewport) => void;
}

/** The page's height as EMBED.md measures it: the root's box, margins included (html, body have none). */
function pageHeight(): number {
	return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/** Starts reporting; returns a function that stops. Does nothing outside a frame. */
export function startResizer({ slug, childId, onPosition }: ResizerOptions): () => void {
	const parent = window.parent;
	if (parent === window) return () => {};

	let sent = -1;
	const send = (always: boolean) => {
		const height = pageHeight();
		if (!always && height === sent) return;
		sent = height;
		// '*': the frame cannot know which site it is on; a height is no secret.
		for (const message of heightMessages(height, childId, slug)) parent.postMessage(message, '*');
	};

	const onMessage = (event: MessageEvent) => {
		if (event.source !== parent) return;
		const message = parseHostMessage(event.data, childId);
		if (message?.kind === 'width' || message?.kind === 'frames-init') send(true);
		else if (message?.kind === 'position') onPosition?.(message.viewport);
	};
	const onLoad = () => send(true);
	const onResize = () => send(false);
	const observer = new ResizeObserver(() => send(false));

	window.addEventListener('message', onMessage);
	window.addEventListener('load', onLoad);
	window.addEventListener('resize', onResize);
	observer.observe(document.documentElement);
	send(true);

	return () => {
		observer.disconnect();
		window.removeEventListener('message', onMessage);
		window.removeEventListener('load', onLoad);
		window.removeEventListener('resize', onResize);
	};
}
