/** The typographic panel of named firms, leading industries and counts: one static state. */
import type { IndustryCopy } from '$content/industry.types';
import type { Lang } from '$lib/i18n';
import { plainCopy } from '$lib/format/copy';
import { punctuation } from '$lib/format/punctuation';
import { defineFigure, speakerNotes } from '$lib/charts/spec';
import { STAT_IDS, statFigure } from './panel';

/** The panel as sentences: each heading with what it lists. */
function describePanel(copy: IndustryCopy['panel'], lang: Lang): string {
	const { colon, comma, stop, space } = punctuation(lang);
	const plain = (s: string) => plainCopy(s, lang);
	const stats = STAT_IDS.map((id) => `${statFigure(id, lang)}${space}${copy.stats[id]}`);
	return [
		`${plain(copy.namedHeading)}${colon}${copy.named.map((f) => f.name).join(comma)}${stop}`,
		`${plain(copy.industriesHeading)}${colon}${copy.industries.join(comma)}${stop}`,
		`${plain(copy.statsHeading)}${colon}${stats.join(comma)}${stop}`
	].join(space);
}

export const industryPanelSpec = defineFigure({
	id: 'industry-panel',
	copy: (c) => c.industry.panel,
	notes: speakerNotes('industry-panel'),
	describe: (_step: number, copy: IndustryCopy['panel'], lang) => describePanel(copy, lang),
	facts: ['leadingIndustries', ...STAT_IDS]
});
