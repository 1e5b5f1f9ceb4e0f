/**
 * Runs the first measurements of every scroll section together, phase by
 * phase. Each section reads its graphic's box, writes the heights the
 * layout takes from it, reads again and sets up its scroller. Done section
 * by section, every read after another section's write lays the whole page
 * out again: a dozen full layouts in the page's start-up task. In lockstep
 * (every section's first phase, then every section's second, ...) the page
 * is laid out once per read phase, whatever the number of sections.
 *
 * The pass runs in a microtask, so after every section has mounted and
 * still before the browser paints or runs the next frame's callbacks.
 */

type Phase = () => void;

let queue: Phase[][] = [];

function flush(): void {
	const jobs = queue;
	queue = [];
	const phases = Math.max(0, ...jobs.map((job) => job.length));
	for (let k = 0; k < phases; k++) for (const job of jobs) job[k]?.();
}

/**
 * Queues one section's phases; they run beside every other section's
 * phase of the same index. Returns a cancel for a section unmounted first.
 */
export function inLockstep(phases: Phase[]): () => void {
	if (queue.length === 0) queueMicrotask(flush);
	const job = [...phases];
	queue.push(job);
	return () => job.fill(() => {});
}
