/**
 * Lets an embedded story follow the host page's scroll, when the host can
 * tell it: a pym.js parent made with `{trackscroll: true}` posts where its
 * window is on every scroll. The frame asks once at start (pym answers any
 * parent's request), and takes that answer for a host that tracks scroll.
 * If the host then scrolls (the frame sees its visible part change) and no
 * report follows, the host answers only when asked: the story falls back to
 * the flat layout rather than a graphic that moves in jumps.
 */
import { positionRequest, type HostViewport } from './messages';

/** How long after a host scroll a tracking host's report must have arrived (pym throttles to 100 ms). */
const GRACE_MS = 600;

export interface FollowOptions {
	childId: string;
	/** The host's window, or null: the host cannot drive the story. */
	onViewport: (viewport: HostViewport | null) => void;
}

export interface HostFollower {
	/** Feed every position report here (the resizer parses them). */
	report(viewport: HostViewport): void;
	stop(): void;
}

export function followHost({ childId, onViewport }: FollowOptions): HostFollower {
	let asked = 0;
	let tracking = false;
	let givenUp = false;
	let lastReport = 0;
	let check = 0;

	const ask = () => {
		asked += 1;
		window.parent.postMessage(positionRequest(childId), '*');
	};

	// The frame's visible part in the host's window changes as the host
	// scrolls; thresholds every 1 % of the page catch a scroll of any size.
	let first = true;
	const seen = new IntersectionObserver(
		() => {
			if (first || tracking || givenUp) {
				first = false;
				return;
			}
			const scrolledAt = performance.now();
			clearTimeout(check);
			check = window.setTimeout(() => {
				if (!tracking && lastReport < scrolledAt) {
					givenUp = true;
					onViewport(null);
				}
			}, GRACE_MS);
		},
		{ threshold: Array.from({ length: 101 }, (_, i) => i / 100) }
	);
	seen.observe(document.documentElement);
	ask();

	return {
		report(viewport) {
			if (givenUp) return;
			lastReport = performance.now();
			// A report nobody asked for can only come from a host tracking its scroll.
			if (asked > 0) asked -= 1;
			else tracking = true;
			onViewport(viewport);
		},
		stop() {
			clearTimeout(check);
			seen.disconnect();
		}
	};
}
