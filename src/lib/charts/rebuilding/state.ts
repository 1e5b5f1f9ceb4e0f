/**
 * What the rebuilding chart shows at each step: one kind of infrastructure
 * revealed per step, then a summary with the sewage rate and the parks.
 */
export const KINDS = [
	'resettlementRoadsKm',
	'resettlementDocks',
	'drinkingWaterProjects',
	'sewageGarbagePlants',
	'sewerPipesKm',
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
	/** The group this step is about (accent colour), or null in the summary. */
	focus: GroupId | null;
	summary: boolean;
}

export function rebuildingState(step: number): RebuildingState {
	const s = Math.max(
		0,
		Math.min(REBUILDING_STEPS - 1, Math.floor(Number.isFinite(step) ? step : 0))
	);
	const summary = s === REBUILDING_STEPS - 1;
	const revealed: GroupId[] = KINDS.slice(0, summary ? KINDS.length : s + 1);
	if (summary) revealed.push(...SUMMARY_IDS);
	return { revealed, focus: summary ? null : (KINDS[s] ?? null), summary };
}
