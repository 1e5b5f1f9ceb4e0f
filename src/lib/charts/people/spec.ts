/** Who came from Zhejiang and who went from Fuling: one static state. */
import type { PeopleCopy } from '$content/people.types';
import { plainCopy } from '$lib/format/copy';
import { defineFigure, speakerNotes } from '$lib/charts/spec';
import { LEADER_IDS } from './layout';

export const peopleSpec = defineFigure({
	id: 'people',
	copy: (c) => c.people.chart,
	notes: speakerNotes('people'),
	describe: (_step: number, copy: PeopleCopy['chart'], lang) => plainCopy(copy.aria, lang),
	// The leaders' dots and the squares for the people Fuling sent.
	facts: [...LEADER_IDS, 'fulingVisitors']
});
