/**
 * When a page has found its place. The browser may still move the page once
 * after hydration (restoring a reload's scroll, going to a #step): those
 * moves should land at once. Two frames after `load`, moves are the reader's.
 * Returns a function that cancels the wait.
 */
export function afterSettle(done: () => void): () => void {
	let frame = 0;
	const release = () => {
		frame = requestAnimationFrame(() => {
			frame = requestAnimationFrame(done);
		});
	};
	if (document.readyState === 'complete') release();
	else window.addEventListener('load', release, { once: true });
	return () => {
		cancelAnimationFrame(frame);
		window.removeEventListener('load', release);
	};
}
