/**
 * Lets an embedded story follow the host page's scroll, when the host can
 * tell it: a pym.js parent made with `{trackscroll: true}` posts where its
 * window is on every scroll. The frame asks once at start (pym answers any
 * parent's request) and takes that answer for a host that tracks scroll.
 *
 * A host that answers only when asked would leave the story stuck at that
 * first answer, so the frame watches its own visible part in the host's
 * window (an IntersectionObserver sees it change when the host scrolls). A
 * change that no report follows is checked by asking again: if the frame has
 * moved in the host's window and the host never said so, the host does not
 * track its scroll, and the story falls back to the flat layout rather than
 * a graphic that moves in jumps. A change the frame caused itself (its own
 * height, as the layout switched) does not move its top, so it passes the check.
 */
import { positionRequest, type HostViewport } from './messages';

/** How long after a change a tracking host's report must have arrived (pym throttles to 100 ms). */
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
	let givenUp = false;
	let last: HostViewport | null = null;
	let lastReportAt = 0;
	/** Where the frame was when a change went unreported and the host was asked again. */
	let checking: number | null = null;
	let timer = 0;

	const ask = () => {
		asked += 1;
		window.parent.postMessage(positionRequest(childId), '*');
	};

	let first = true;
	const seen = new IntersectionObserver(
		() => {
			const now = performance.now();
			if (first || givenUp) {
				first = false;
				return;
			}
			clearTimeout(timer);
			timer = window.setTimeout(() => {
				if (lastReportAt >= now || !last) return;
				checking = last.top;
				ask();
			}, GRACE_MS);
		},
		// Every 1 % of the page: a scroll of any size crosses one.
		{ threshold: Array.from({ length: 101 }, (_, i) => i / 100) }
	);
	seen.observe(document.documentElement);
	ask();

	return {
		report(viewport) {
			if (givenUp) return;
			const solicited = asked > 0;
			if (solicited) asked -= 1;
			if (solicited && checking !== null) {
				const moved = Math.abs(viewport.top - checking) > 2;
				checking = null;
				if (moved) {
					givenUp = true;
					seen.disconnect();
					onViewport(null);
					return;
				}
			}
			last = viewport;
			lastReportAt = performance.now();
			onViewport(viewport);
		},
		stop() {
			clearTimeout(timer);
			seen.disconnect();
		}
	};
}
