/**
 * What the livelihoods chart shows at each scroll step: one area per step in
 * focus with the others dimmed, then a closing step with every row at full
 * strength. The section opens on that overview (its spec's entry step), so
 * the chart reads as a whole before the first area is picked out.
 */
import { clampStep } from '$lib/steps/clamp';

/** One row per area, top to bottom, in the order the steps visit them. */
export const ROWS = [
	{
		id: 'school',
		money: 'friendshipSchoolAid',
		counts: [
			{ id: 'schoolHonors', mark: 'dot' },
			{ id: 'schoolPairs', mark: 'dot' }
		]
	},
	{
		id: 'health',
		money: 'healthAid',
		counts: [
			{ id: 'healthInstitutions', mark: 'square' },
			{ id: 'medicsTrained', mark: 'dot' }
		]
	},
	{
		id: 'elderly',
		money: 'nursingHomeFunds',
		counts: [{ id: 'nursingHomes', mark: 'square' }]
	},
	{
		id: 'community',
		money: 'communityCentreFunds',
		counts: [{ id: 'communityCentres', mark: 'square' }]
	},
	{
		id: 'fitness',
		money: 'fitnessLibraryFunds',
		counts: [
			{ id: 'fitnessSites', mark: 'square' },
			{ id: 'libraries', mark: 'square' }
		]
	}
] as const;

export type Row = (typeof ROWS)[number];
export type RowId = Row['id'];
export type MoneyId = Row['money'];
export type CountId = Row['counts'][number]['id'];
/** Squares for things built; dots for what was won, paired or trained. */
export type MarkKind = 'square' | 'dot';

export const ROW_IDS: RowId[] = ROWS.map((r) => r.id);
export const MONEY_IDS: MoneyId[] = ROWS.map((r) => r.money);
export const COUNT_IDS: CountId[] = ROWS.flatMap((r) => r.counts.map((c) => c.id));

/** One step per area, then the closing step with all rows. */
export const LIVELIHOODS_STEPS = ROWS.length + 1;

export interface LivelihoodsState {
	/** Rows drawn at full strength. */
	focus: RowId[];
	/** Rows drawn faint, for context. */
	dimmed: RowId[];
	/** The closing overview: every row in focus. */
	summary: boolean;
}

/** The chart state for a step; an out-of-range step clamps to a real one. */
export function livelihoodsState(step: number): LivelihoodsState {
	const s = clampStep(step, LIVELIHOODS_STEPS);
	const summary = s === LIVELIHOODS_STEPS - 1;
	const focus = summary ? [...ROW_IDS] : ROW_IDS.slice(s, s + 1);
	return { focus, dimmed: ROW_IDS.filter((id) => !focus.includes(id)), summary };
}
