/**
 * The "where" schematic, in viewBox units (100 wide, 100 / WHERE_ASPECT
 * tall). It is a diagram, not a map: the Yangtze is a stylised line from
 * west (left) to east (right) through hand-placed points that keep only the
 * order of places along the river and which side of it they lie on. No
 * borders, coastlines or real coordinates are drawn, and nothing is to scale.
 */

export const WHERE_ASPECT = 2;
export const VIEW_W = 100;
export const VIEW_H = VIEW_W / WHERE_ASPECT;

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
	/** Whether the text sits above or below y. */
	side: 'above' | 'below';
}

export interface Place extends Point {
	id: PlaceId;
	/** On the river (a dot on the line) or off it (Hangzhou). */
	onRiver: boolean;
	label: LabelSpot;
}

/**
 * The river's shape, west to east. Upstream of Chongqing it runs off the
 * left edge; it ends short of the right edge rather than at a drawn coast.
 */
export const RIVER: readonly Point[] = [
	{ x: -2, y: 24 },
	{ x: 10, y: 23 }, // Chongqing
	{ x: 17, y: 19.5 },
	{ x: 25, y: 17 }, // Fuling
	{ x: 35, y: 17.5 },
	{ x: 46, y: 14.5 },
	{ x: 58, y: 13 }, // the dam
	{ x: 68, y: 16 },
	{ x: 77, y: 21 },
	{ x: 87, y: 18 },
	{ x: 97, y: 12 }
];

/** Index in RIVER of each place on the river. */
const ON_RIVER = { chongqing: 1, fuling: 3, dam: 6 } as const;
const MOUTH = RIVER[RIVER.length - 1]!;

function at(i: number): Point {
	const p = RIVER[i];
	if (!p) throw new RangeError(`No river point ${i}`);
	return p;
}

export const PLACES: readonly Place[] = [
	{
		// Below and to the right of its dot, clear of the river running off the edge.
		id: 'chongqing',
		...at(ON_RIVER.chongqing),
		onRiver: true,
		label: { x: 1, y: 27.5, align: 'start', side: 'below' }
	},
	{
		id: 'fuling',
		...at(ON_RIVER.fuling),
		onRiver: true,
		label: { x: 25, y: 14.5, align: 'middle', side: 'above' }
	},
	{
		id: 'dam',
		...at(ON_RIVER.dam),
		onRiver: true,
		label: { x: 58, y: 9.5, align: 'middle', side: 'above' }
	},
	{
		// South of the river's mouth, on the coast; joined to nothing.
		id: 'hangzhou',
		x: 90,
		y: 33,
		onRiver: false,
		label: { x: 99, y: 35, align: 'end', side: 'below' }
	}
];

/** The reservoir's label, under the stretch it names. */
export const RESERVOIR_LABEL: LabelSpot = { x: 43, y: 20.5, align: 'middle', side: 'below' };
/** The river's name, under its lower course. */
export const RIVER_LABEL: LabelSpot = { x: 84, y: 23, align: 'middle', side: 'below' };
/** "Schematic, not to scale", in the empty lower-left corner. */
export const SCHEMATIC_LABEL: LabelSpot = { x: 0, y: VIEW_H, align: 'start', side: 'above' };

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

/** The whole river, west to east. */
export const riverPath = (): string => smoothPath(RIVER);

/** The reservoir: from Chongqing, past Fuling, down to the dam. */
export const reservoirPath = (): string => smoothPath(RIVER, ON_RIVER.chongqing, ON_RIVER.dam);

/** The river's mouth: Hangzhou lies south of it (greater y) and a little west. */
export const mouth = (): Point => MOUTH;

/** Index of a river place along RIVER, for order checks. */
export const riverIndex = (id: keyof typeof ON_RIVER): number => ON_RIVER[id];
