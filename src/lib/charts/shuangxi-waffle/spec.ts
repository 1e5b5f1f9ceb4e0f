/** The 10 × 10 waffle of Shuangxi's resettled share: one static state. */
import type { ShuangxiCopy } from '$content/shuangxi.types';
import { plainCopy } from '$lib/format/copy';
import { defineFigure, speakerNotes } from '$lib/charts/spec';

export const shuangxiWaffleSpec = defineFigure({
	id: 'shuangxi-waffle',
	copy: (c) => c.shuangxi.waffle,
	notes: speakerNotes('shuangxi-waffle'),
	describe: (_step: number, copy: ShuangxiCopy['waffle'], lang) => plainCopy(copy.aria, lang),
	facts: ['shuangxiMigrantShare']
});
