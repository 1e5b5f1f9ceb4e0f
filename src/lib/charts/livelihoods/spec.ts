/** The livelihoods chart's spec: one area of spending in focus per step, then all of them. */
import type { LivelihoodsCopy } from '$content/livelihoods.types';
import { defineSpec, speakerNotes } from '$lib/charts/spec';
import { COUNT_IDS, LIVELIHOODS_STEPS, MONEY_IDS, livelihoodsState } from './state';
import { describe } from './labels';

/** The closing overview, every row at full strength. */
const OVERVIEW = LIVELIHOODS_STEPS - 1;

export const livelihoodsSpec = defineSpec({
	id: 'livelihoods',
	steps: LIVELIHOODS_STEPS,
	state: livelihoodsState,
	restStep: OVERVIEW,
	// The section opens on the whole chart, then visits one area per step.
	entryStep: OVERVIEW,
	copy: (c) => c.livelihoods.chart,
	stepText: (c) => c.livelihoods.steps,
	notes: speakerNotes('livelihoods'),
	describe: (step: number, copy: LivelihoodsCopy['chart'], lang) =>
		describe(livelihoodsState(step), copy, lang),
	facts: [...MONEY_IDS, ...COUNT_IDS]
});
