/** Who came from Zhejiang and who went from Fuling: one static state. */
import type { PeopleCopy } from '$content/people.types';
import { plainCopy } from '$lib/format/copy';
import { defineSpec, speakerNotes } from '$lib/charts/spec';
import { LEADER_IDS } from './layout';

export const peopleSpec = defineSpec({
	id: 'people',
	steps: 1,
	state: () => null,
	restStep: 0,
	entryStep: 0,
	copy: (c) => c.people.chart,
	notes: speakerNotes('people'),
	describe: (_step: number, copy: PeopleCopy['chart'], lang) => plainCopy(copy.aria, lang),
	facts: LEADER_IDS
});
