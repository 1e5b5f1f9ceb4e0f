/** The rebuilding chart's spec: one kind of infrastructure per step, then the summary. */
import type { RebuildingCopy } from '$content/rebuilding.types';
import { fact } from '$lib/data';
import { formatFact } from '$lib/format/number';
import { plainCopy } from '$lib/format/copy';
import { defineSpec, speakerNotes } from '$lib/charts/spec';
import { KINDS, REBUILDING_STEPS, SUMMARY_IDS, rebuildingState } from './state';

export const rebuildingSpec = defineSpec({
	id: 'rebuilding',
	steps: REBUILDING_STEPS,
	state: rebuildingState,
	restStep: REBUILDING_STEPS - 1,
	entryStep: 0,
	copy: (c) => c.rebuilding.chart,
	stepText: (c) => c.rebuilding.steps,
	notes: speakerNotes('rebuilding'),
	/** The lead, then every group drawn at that step with its figure. */
	describe(step: number, copy: RebuildingCopy['chart'], lang) {
		const groups = rebuildingState(step).revealed.map(
			(id) => `${copy.groups[id]}: ${formatFact(fact(id), lang, { noun: true })}.`
		);
		return [plainCopy(copy.ariaLead, lang), ...groups].join(' ');
	},
	facts: [...KINDS, ...SUMMARY_IDS]
});
