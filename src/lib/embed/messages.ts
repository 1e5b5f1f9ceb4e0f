/**
 * The messages an embed page and a news site's page exchange (README,
 * Embeds): the three height formats the frame posts, and the
 * three messages from the host it answers. Pure: parsing and formatting
 * only, so every shape is unit-tested; resizer.ts does the posting.
 *
 * Everything from outside is untrusted: a childId or a message that is not
 * exactly one of these shapes is ignored, never echoed.
 */

/** pym.js joins the parts of its messages with this. */
const PYM = 'xPYMx';

/**
 * The id pym.js gives the frame in its `childId` query parameter: its
 * container's id. pym matches it back with a regular expression, so only
 * plain id characters are accepted (nothing pym would read as a pattern, no
 * delimiter); anything else means no pym messages at all.
 */
export function readChildId(search: URLSearchParams): string | null {
	const id = search.get('childId');
	return id !== null && /^[A-Za-z][\w-]{0,63}$/.test(id) && !id.includes(PYM) ? id : null;
}

/** Where the host page's window is, relative to the frame: pym's viewport-iframe-position. */
export interface HostViewport {
	/** The host window's size. */
	width: number;
	height: number;
	/** The frame's box in the host window's coordinates. */
	top: number;
	left: number;
	bottom: number;
	right: number;
}

/** What a host page can ask of the frame, once parsed. */
export type HostMessage =
	/** pym's parent: the container's width changed (the host window resized). */
	| { kind: 'width'; width: number }
	/** @newswire/frames' parent has just attached: answer with the height. */
	| { kind: 'frames-init' }
	/** pym's parent: where the frame is in the host's window (on scroll with trackscroll). */
	| { kind: 'position'; viewport: HostViewport };

/** A pixel measure from another window: finite and within any real screen. */
const LIMIT = 1e6;
function measure(text: string): number | null {
	if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
	const n = Number(text);
	return Math.abs(n) <= LIMIT ? n : null;
}

/**
 * Reads a message from the host page. `childId` is the frame's own pym id:
 * a pym message for another frame (or any pym message when the frame has no
 * id) is not ours. Returns null for anything else.
 */
export function parseHostMessage(data: unknown, childId: string | null): HostMessage | null {
	if (typeof data === 'string') {
		if (childId === null) return null;
		const parts = data.split(PYM);
		if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
		const [, , type, body = ''] = parts;
		if (type === 'width') {
			const width = measure(body);
			return width !== null && width > 0 ? { kind: 'width', width } : null;
		}
		if (type === 'viewport-iframe-position') {
			const n = body.split(' ').map(measure);
			if (n.length !== 6 || n.some((v) => v === null)) return null;
			const [width, height, top, left, bottom, right] = n as [
				number,
				number,
				number,
				number,
				number,
				number
			];
			if (!(width > 0 && height > 0 && bottom >= top && right >= left)) return null;
			return { kind: 'position', viewport: { width, height, top, left, bottom, right } };
		}
		return null;
	}
	if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
		const { sentinel, type } = data as Record<string, unknown>;
		if (sentinel === 'amp' && type === 'frames-init') return { kind: 'frames-init' };
	}
	return null;
}

/**
 * The frame's height in every format a host may listen for: pym's string
 * (only with a valid childId: pym ignores the rest), the AMP / frames
 * object, and Datawrapper's, keyed by the embed's slug (the older
 * Datawrapper listener finds the iframe whose src contains the key).
 */
export function heightMessages(height: number, childId: string | null, slug: string): unknown[] {
	const px = Math.max(0, Math.ceil(height));
	return [
		...(childId === null ? [] : [['pym', childId, 'height', String(px)].join(PYM)]),
		{ sentinel: 'amp', type: 'embed-size', height: px },
		{ 'datawrapper-height': { [slug]: px } }
	];
}

/** Asks pym's parent where the frame is (it answers with viewport-iframe-position). */
export function positionRequest(childId: string): string {
	return ['pym', childId, 'parentPositionInfo', ''].join(PYM);
}
