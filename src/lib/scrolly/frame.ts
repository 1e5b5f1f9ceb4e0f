/**
 * Runs `fn` at most once per animation frame however often it is asked for
 * (scroll events come many to a frame): `request` to ask, `cancel` on teardown.
 */
export function oncePerFrame(fn: () => void): { request(): void; cancel(): void } {
	let frame = 0;
	return {
		request() {
			if (!frame) {
				frame = requestAnimationFrame(() => {
					frame = 0;
					fn();
				});
			}
		},
		cancel() {
			cancelAnimationFrame(frame);
			frame = 0;
		}
	};
}
