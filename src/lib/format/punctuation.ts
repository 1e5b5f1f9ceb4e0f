/**
 * The punctuation that joins generated sentences (chart descriptions), per
 * edition: full-width marks with no spaces in Chinese, ASCII marks with a
 * following space in English.
 */
import type { Lang } from '$lib/i18n';

export interface Punctuation {
	/** After a label, before what it names. */
	colon: string;
	/** Between items of one list (a row's figures). */
	semi: string;
	/** Between names in a run (firms, industries). */
	comma: string;
	/** Ends a sentence. */
	stop: string;
	/** Between sentences. */
	space: string;
}

const MARKS: Record<Lang, Punctuation> = {
	en: { colon: ': ', semi: '; ', comma: ', ', stop: '.', space: ' ' },
	zh: { colon: '：', semi: '；', comma: '、', stop: '。', space: '' }
};

export function punctuation(lang: Lang): Punctuation {
	return MARKS[lang];
}
