/**
 * The "where" schematic, in viewBox units (100 wide, VIEW_H tall). It is a
 * diagram, not a map: the Yangtze is a stylised line from west (left) to
 * east (right) through hand-placed points that keep only the order of places
 * along the river and which side of it they lie on; the coast is one stroke
 * for the river to end at. No borders or real coordinates, nothing to scale.
 *
 * The drawing is stretched to a wider band on wide screens (the SVG does not
 * keep its aspect; strokes do not scale), so every round mark (a place's dot)
 * is HTML, positioned in percentages like the labels, and stays round.
 */

export const VIEW_W = 100;
export const VIEW_H = 50;
/**
 * The band's width / height: on the smallest phones (taller, so labels fit),
 * on a phone, beside the output figure, and on the largest screens.
 */
export const ASPECT = { smallest: 1.6, narrow: 1.9, wide: 2.7, widest: 3.3 } as const;

export type PlaceId = 'chongqing' | 'fuling' | 'dam' | 'hangzhou';

export interface Point {
	x: number;
	y: number;
}

/** Where a label sits against its anchor point. */
export interface LabelSpot {
	x: number;
	y: number;
	/** Horizontal alignment of the text on x. */
	align: 'start' | 'middle' | 'end';
	/** Whether the text sits above y, below it, or is centred on it. */
	side: 'above' | 'below' | 'middle';
}

export interface Place extends Point {
	id: PlaceId;
	/** On the river (a dot on the line) or on the coast (Hangzhou). */
	onRiver: boolean;
	label: LabelSpot;
}

/**
 * The river's shape, west to east. Upstream of Chongqing it runs off the
 * left edge; downstream it ends at the coast. Its lower course runs level,
 * so the "→" of its label points the way the line goes.
 */
export const RIVER: readonly Point[] = [
	{ x: -2, y: 22 },
	{ x: 9, y: 21 }, // Chongqing
	{ x: 15, y: 18.5 },
	{ x: 22, y: 17 }, // Fuling
	{ x: 32, y: 17.5 },
	{ x: 42, y: 15 },
	{ x: 52, y: 13.5 }, // the dam
	{ x: 62, y: 15.5 },
	{ x: 71, y: 17.5 },
	{ x: 80, y: 16.5 },
	{ x: 88, y: 16 } // the mouth, on the coast
];

/** Index in RIVER of each place on the river. */
const ON_RIVER = { chongqing: 1, fuling: 3, dam: 6 } as const;
const MOUTH_INDEX = RIVER.length - 1;

/**
 * The coast, north to south, through the river's mouth and in to the head
 * of a bay where Hangzhou stands. Runs off the top and bottom edges.
 */
export const COAST: readonly Point[] = [
	{ x: 92, y: -2 },
	{ x: 89.5, y: 8 },
	RIVER[MOUTH_INDEX]!,
	{ x: 89, y: 22 },
	{ x: 84, y: 28 }, // Hangzhou, at the head of the bay
	{ x: 90, y: 32 },
	{ x: 91.5, y: 40 },
	{ x: 90, y: 52 }
];
const HANGZHOU_INDEX = 4;

function at(points: readonly Point[], i: number): Point {
	const p = points[i];
	if (!p) throw new RangeError(`No point ${i}`);
	return { x: p.x, y: p.y };
}

export const PLACES: readonly Place[] = [
	{
		// Below and to the right of its dot, clear of the river running off the edge.
		id: 'chongqing',
		...at(RIVER, ON_RIVER.chongqing),
		onRiver: true,
		label: { x: 1, y: 24.5, align: 'start', side: 'below' }
	},
	{
		id: 'fuling',
		...at(RIVER, ON_RIVER.fuling),
		onRiver: true,
		label: { x: 22, y: 14.5, align: 'middle', side: 'above' }
	},
	{
		id: 'dam',
		...at(RIVER, ON_RIVER.dam),
		onRiver: true,
		label: { x: 54, y: 10.5, align: 'middle', side: 'above' }
	},
	{
		// On the coast, south of the mouth; named to its left, above the pairing arc.
		id: 'hangzhou',
		...at(COAST, HANGZHOU_INDEX),
		onRiver: false,
		label: { x: 81.5, y: 29.5, align: 'end', side: 'middle' }
	}
];

/** The reservoir's label, under the stretch it names. */
export const RESERVOIR_LABEL: LabelSpot = { x: 38, y: 20, align: 'middle', side: 'below' };
/** The river's name, over its level lower course, clear of the dam's name. */
export const RIVER_LABEL: LabelSpot = { x: 75, y: 15, align: 'middle', side: 'above' };

/**
 * The pairing: a curve from Hangzhou down under the river and up to
 * Fuling (a cubic Bézier; its two controls pull it south, below the
 * reservoir's label).
 */
export const ARC = {
	from: at(COAST, HANGZHOU_INDEX),
	c1: { x: 84, y: 48 },
	c2: { x: 34, y: 50 },
	to: at(RIVER, ON_RIVER.fuling)
} as const;

/** A point on the arc at t in [0, 1]. */
export function arcPoint(t: number): Point {
	const { from: a, c1: b, c2: c, to: d } = ARC;
	const u = 1 - t;
	const f = (k: 'x' | 'y') =>
		u * u * u * a[k] + 3 * u * u * t * b[k] + 3 * u * t * t * c[k] + t * t * t * d[k];
	return { x: f('x'), y: f('y') };
}

/** The arc's lowest point (sampled), where its label hangs. */
export function arcBottom(): Point {
	let low = arcPoint(0);
	for (let i = 1; i <= 200; i++) {
		const p = arcPoint(i / 200);
		if (p.y > low.y) low = p;
	}
	return low;
}

/** The pairing's label, under the arc's lowest point. */
export const ARC_LABEL: LabelSpot = (() => {
	const b = arcBottom();
	return {
		x: Number(b.x.toFixed(1)),
		y: Number((b.y + 1.2).toFixed(1)),
		align: 'middle',
		side: 'below'
	};
})();

export function place(id: PlaceId): Place {
	const p = PLACES.find((q) => q.id === id);
	if (!p) throw new Error(`Unknown place "${id}"`);
	return p;
}

const n = (v: number) => Number(v.toFixed(3));

/**
 * A smooth path through points[from..to] (inclusive): uniform Catmull-Rom
 * turned into cubic Béziers, taking tangents from the neighbours in the full
 * list so a sub-path lies exactly on the whole river's path.
 */
export function smoothPath(points: readonly Point[], from = 0, to = points.length - 1): string {
	if (from < 0 || to >= points.length || to <= from) throw new RangeError('smoothPath: bad range');
	const p = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))]!;
	let d = `M${n(p(from).x)},${n(p(from).y)}`;
	for (let i = from; i < to; i++) {
		const [p0, p1, p2, p3] = [p(i - 1), p(i), p(i + 1), p(i + 2)];
		const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
		const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
		d += `C${n(c1.x)},${n(c1.y)},${n(c2.x)},${n(c2.y)},${n(p2.x)},${n(p2.y)}`;
	}
	return d;
}

/** The whole river, west to east, ending at the coast. */
export const riverPath = (): string => smoothPath(RIVER);

/** The reservoir: from Chongqing, past Fuling, down to the dam. */
export const reservoirPath = (): string => smoothPath(RIVER, ON_RIVER.chongqing, ON_RIVER.dam);

/** The coast, north to south. */
export const coastPath = (): string => smoothPath(COAST);

/** The pairing arc, from Hangzhou to Fuling. */
export const arcPath = (): string => {
	const { from, c1, c2, to } = ARC;
	return `M${n(from.x)},${n(from.y)}C${n(c1.x)},${n(c1.y)},${n(c2.x)},${n(c2.y)},${n(to.x)},${n(to.y)}`;
};

/** The river's mouth: where it meets the coast. */
export const mouth = (): Point => at(RIVER, MOUTH_INDEX);

/** Index of a river place along RIVER, for order checks. */
export const riverIndex = (id: keyof typeof ON_RIVER): number => ON_RIVER[id];
