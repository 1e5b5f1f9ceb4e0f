/**
 * Where every mark of the rebuilding chart sits, in viewBox units (100 wide,
 * 100 / ASPECT tall). Kilometres, counts and the percentage each get their
 * own panel and scale: they never share an axis.
 *   - km: a bar per network on one 0-160 km scale;
 *   - counts: one square per dock, project, plant, facility or park, all the
 *     same size, so 553 looks 553 / 20 times as big as 20; the square is the
 *     story's one square (shared/grid.ts), the size of a project in money;
 *   - the sewage rate: a bar on its own 0-100 % track.
 */
import { scaleLinear } from 'd3-scale';
import { val } from '$lib/data';
import { UNIT_SQUARE, unitGrid } from '$lib/charts/shared/grid';
import type { GroupId } from './state';

/** Square: the label lines are tall enough for Chinese at line-height 1.3. */
export const REBUILDING_ASPECT = 1;
export const VIEW_W = 100;
export const VIEW_H = VIEW_W / REBUILDING_ASPECT;

/** Height of a label line above each group, in viewBox units. */
export const LABEL_H = 6;
/** Squares to a row: the full width at the story's one square size. */
export const COLS = VIEW_W / UNIT_SQUARE.pitch;
const KM_BAR_H = 2.2;
/** Space above each label: more than between a label and its marks, so each label reads as its own group's. */
const GROUP_GAP = 1.2;
/** Space around the rules between the km, count and percentage panels. */
const PANEL_GAP = 1.4;

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
	/** A unit square's row in its group (0-based): rows light up in turn. */
	row?: number;
}

export interface Group {
	id: GroupId;
	kind: 'km' | 'count' | 'rate';
	/** Top of the label line. */
	labelY: number;
	/** The marks: one bar for km and rate, one square per unit for counts. */
	marks: Rect[];
	/** The full length of the scale behind a bar: 0-160 km, 0-100 %. */
	track?: Rect;
}

export interface RebuildingLayout {
	groups: Group[];
	/** y of the rules between panels, so units that differ never read as one scale. */
	dividers: number[];
}

const KM_IDS = ['resettlementRoadsKm', 'sewerPipesKm'] as const;
const COUNT_IDS = [
	'resettlementDocks',
	'drinkingWaterProjects',
	'sewageGarbagePlants',
	'supportFacilities',
	'industrialParks'
] as const;

/** The km scale: both networks on one axis, up to the next round 20 km. */
export function kmScale() {
	const max = Math.max(...KM_IDS.map(val));
	return scaleLinear()
		.domain([0, Math.ceil(max / 20) * 20])
		.range([0, VIEW_W]);
}

/** Lays out every group once; the state only decides how each is drawn. */
export function rebuildingLayout(): RebuildingLayout {
	const groups: Group[] = [];
	const dividers: number[] = [];
	let y = 0;
	const km = kmScale();
	const kmMax = km.domain()[1] ?? 0;
	for (const id of KM_IDS) {
		const top = y + LABEL_H;
		groups.push({
			id,
			kind: 'km',
			labelY: y,
			marks: [{ x: 0, y: top, w: km(val(id)), h: KM_BAR_H }],
			track: { x: 0, y: top, w: km(kmMax), h: KM_BAR_H }
		});
		y += LABEL_H + KM_BAR_H + GROUP_GAP;
	}
	dividers.push(y - GROUP_GAP / 2 + PANEL_GAP / 2);
	y += PANEL_GAP;
	for (const id of COUNT_IDS) {
		const grid = unitGrid({ count: val(id), cols: COLS, ...UNIT_SQUARE, y0: y + LABEL_H });
		// Squares as Rects, so Marks draws them and the bars from one shape.
		const marks = grid.cells.map((c) => ({ x: c.x, y: c.y, w: c.size, h: c.size, row: c.row }));
		groups.push({ id, kind: 'count', labelY: y, marks });
		y += LABEL_H + grid.height + GROUP_GAP;
	}
	dividers.push(y - GROUP_GAP / 2 + PANEL_GAP / 2);
	y += PANEL_GAP;
	const pct = scaleLinear().domain([0, 100]).range([0, VIEW_W]);
	const rateTop = y + LABEL_H;
	groups.push({
		id: 'sewageTreatmentRate',
		kind: 'rate',
		labelY: y,
		marks: [{ x: 0, y: rateTop, w: pct(val('sewageTreatmentRate')), h: KM_BAR_H }],
		track: { x: 0, y: rateTop, w: pct(100), h: KM_BAR_H }
	});
	return { groups, dividers };
}
