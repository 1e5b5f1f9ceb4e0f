/** Shuangxi before and after the renovation, as two lists: one static state. */
import type { ShuangxiCopy } from '$content/shuangxi.types';
import { plainCopy } from '$lib/format/copy';
import { punctuation } from '$lib/format/punctuation';
import { defineFigure, speakerNotes } from '$lib/charts/spec';

export const shuangxiChangeSpec = defineFigure({
	id: 'shuangxi-change',
	copy: (c) => c.shuangxi.change,
	notes: speakerNotes('shuangxi-change'),
	describe(_step: number, copy: ShuangxiCopy['change'], lang) {
		const { colon, semi, stop, space } = punctuation(lang);
		return [copy.before, copy.after]
			.map(
				(side) =>
					`${plainCopy(side.heading, lang)} (${plainCopy(side.when, lang)})${colon}` +
					`${side.items.map((i) => plainCopy(i, lang)).join(semi)}${stop}`
			)
			.join(space);
	},
	// A list in words: its figures are in the text, not in marks.
	facts: []
});
