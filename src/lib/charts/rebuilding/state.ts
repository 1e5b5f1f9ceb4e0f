/**
 * What the rebuilding chart shows at each step. Every row is drawn from the
 * first step, as a ghost, so the reader sees the whole inventory and its
 * shape at once; each step lights one group of related rows, and the rows
 * already read stay drawn, in a quieter grey.
 */
import { clampStep } from '$lib/steps/clamp';

/**
 * The rows a step is about, in the order the chart's rows stand, so the
 * chart fills top to bottom with no holes: the two networks in km; the
 * works counted one by one (docks, drinking water, sewage and garbage
 * plants); the public facilities, the largest count, on their own; then the
 * industrial parks and the sewage treatment rate.
 */
export const STEP_GROUPS = [
	['resettlementRoadsKm', 'sewerPipesKm'],
	['resettlementDocks', 'drinkingWaterProjects', 'sewageGarbagePlants'],
	['supportFacilities'],
	['industrialParks', 'sewageTreatmentRate']
] as const;

export type GroupId = (typeof STEP_GROUPS)[number][number];

/** Every row, top to bottom. */
export const GROUP_IDS: readonly GroupId[] = STEP_GROUPS.flat();

export const REBUILDING_STEPS = STEP_GROUPS.length;

export interface RebuildingState {
	/** Rows drawn in full: every step's up to this one. The rest are ghosts. */
	revealed: GroupId[];
	/** The rows this step is about: ink marks and bold labels (never a colour). */
	focus: GroupId[];
}

export function rebuildingState(step: number): RebuildingState {
	const s = clampStep(step, REBUILDING_STEPS);
	return {
		revealed: STEP_GROUPS.slice(0, s + 1).flat(),
		focus: [...STEP_GROUPS[s]!]
	};
}

/** How a row is drawn at a step: a ghost not yet reached, read before, or in focus. */
export function rowState(id: GroupId, s: RebuildingState): 'ghost' | 'read' | 'focus' {
	if (s.focus.includes(id)) return 'focus';
	return s.revealed.includes(id) ? 'read' : 'ghost';
}
