/** The economy chart's spec: five steps from 1997 alone to GDP beside output. */
import type { EconomyCopy } from '$content/economy.types';
import { plainCopy } from '$lib/format/copy';
import { defineSpec, speakerNotes } from '$lib/charts/spec';
import { BAR_IDS, ECONOMY_STEPS, economyState } from './state';

export const economySpec = defineSpec({
	id: 'economy',
	steps: ECONOMY_STEPS,
	state: economyState,
	// On its own the chart shows the whole comparison: both series, both years.
	restStep: ECONOMY_STEPS - 1,
	entryStep: 0,
	copy: (c) => c.economy.chart,
	stepText: (c) => c.economy.steps,
	notes: speakerNotes('economy'),
	describe: (step: number, copy: EconomyCopy['chart'], lang) =>
		plainCopy(copy.aria[step] ?? '', lang),
	facts: BAR_IDS
});
