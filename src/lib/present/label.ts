/** A slide in words: its number and title, and a step's text, for screen readers and tests. */
import type { Copy } from '$content/types';
import { SPECS } from '$lib/charts/specs';
import { plainCopy } from '$lib/format/copy';
import { formatCount } from '$lib/format/number';
import { DECK, slideText, type Slide } from './deck';

/** The slide's title: the chart's, the headline, or the closing slide's heading. */
export function slideTitle(slide: Slide, copy: Copy): string {
	if (slide.kind === 'title') return plainCopy(copy.headline, copy.lang);
	if (slide.kind === 'end') return copy.present.end.heading;
	return plainCopy(SPECS[slide.chart].copy(copy).title, copy.lang);
}

export function slideLabel(slide: Slide, copy: Copy, total: number = DECK.length): string {
	const { lang } = copy;
	const where = copy.present.slideOf
		.replace('{n}', formatCount(slide.index + 1, lang))
		.replace('{count}', formatCount(total, lang));
	const text = slideText(slide, copy);
	const sep = lang === 'zh' ? '：' : ': ';
	return [where + sep + slideTitle(slide, copy), text && plainCopy(text, lang)]
		.filter(Boolean)
		.join(lang === 'zh' ? '。' : '. ');
}
