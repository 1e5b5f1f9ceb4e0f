/** The 10 × 10 waffle of Shuangxi's resettled share: one static state. */
import type { ShuangxiCopy } from '$content/shuangxi.types';
import { plainCopy } from '$lib/format/copy';
import { defineSpec, speakerNotes } from '$lib/charts/spec';

export const shuangxiWaffleSpec = defineSpec({
	id: 'shuangxi-waffle',
	steps: 1,
	state: () => null,
	restStep: 0,
	entryStep: 0,
	copy: (c) => c.shuangxi.waffle,
	notes: speakerNotes('shuangxi-waffle'),
	describe: (_step: number, copy: ShuangxiCopy['waffle'], lang) => plainCopy(copy.aria, lang),
	facts: ['shuangxiMigrantShare']
});
