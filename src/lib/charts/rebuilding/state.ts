/**
 * What the rebuilding chart shows at each step: one kind of infrastructure
 * revealed per step, then a summary with the sewage rate and the parks.
 */
import { clampStep } from '$lib/steps/clamp';

/** In the order the chart's rows stand, so it fills top to bottom with no holes. */
export const KINDS = [
	'resettlementRoadsKm',
	'sewerPipesKm',
	'resettlementDocks',
	'drinkingWaterProjects',
	'sewageGarbagePlants',
	'supportFacilities'
] as const;
export type KindId = (typeof KINDS)[number];

/** Shown only in the summary step. */
export const SUMMARY_IDS = ['industrialParks', 'sewageTreatmentRate'] as const;
export type SummaryId = (typeof SUMMARY_IDS)[number];
export type GroupId = KindId | SummaryId;

/** One step per kind, plus the summary. */
export const REBUILDING_STEPS = KINDS.length + 1;

export interface RebuildingState {
	/** Groups drawn at full strength or in context. */
	revealed: GroupId[];
	/** The groups this step is about, drawn in the accent colour. */
	focus: GroupId[];
	summary: boolean;
}

export function rebuildingState(step: number): RebuildingState {
	const s = clampStep(step, REBUILDING_STEPS);
	const summary = s === REBUILDING_STEPS - 1;
	const revealed: GroupId[] = KINDS.slice(0, summary ? KINDS.length : s + 1);
	if (summary) revealed.push(...SUMMARY_IDS);
	const focus: GroupId[] = summary ? [...SUMMARY_IDS] : KINDS.slice(s, s + 1);
	return { revealed, focus, summary };
}
