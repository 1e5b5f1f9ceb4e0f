/** The rebuilding chart's spec: every row as a ghost, one group of related rows lit per step. */
import type { RebuildingCopy } from '$content/rebuilding.types';
import { fact } from '$lib/data';
import { formatFact } from '$lib/format/number';
import { plainCopy } from '$lib/format/copy';
import { defineSpec, speakerNotes } from '$lib/charts/spec';
import { GROUP_IDS, REBUILDING_STEPS, rebuildingState } from './state';

export const rebuildingSpec = defineSpec({
	id: 'rebuilding',
	steps: REBUILDING_STEPS,
	state: rebuildingState,
	restStep: REBUILDING_STEPS - 1,
	entryStep: 0,
	copy: (c) => c.rebuilding.chart,
	stepText: (c) => c.rebuilding.steps,
	notes: speakerNotes('rebuilding'),
	/** The lead, then every row read so far with its figure (all of them on the last step). */
	describe(step: number, copy: RebuildingCopy['chart'], lang) {
		const groups = rebuildingState(step).revealed.map(
			(id) => `${copy.groups[id]}: ${formatFact(fact(id), lang, { noun: true })}.`
		);
		return [plainCopy(copy.ariaLead, lang), ...groups].join(' ');
	},
	facts: GROUP_IDS
});
