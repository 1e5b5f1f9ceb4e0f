/**
 * The words of the share card (src/lib/server/share/card.ts draws it), per
 * edition. Figures are tokens, resolved by the story's one formatter; the
 * kicker, title, unit line and source come from the edition's own copy.
 */
import type { Copy } from '$content/types';
import { val } from '$lib/data';
import { plainCopy } from '$lib/format/copy';
import { moneyParts } from '$lib/format/number';
import type { Lang } from '$lib/i18n';
import { PUBLISHER } from './site';

/** What the card says that the story's copy does not already. */
const CARD: Record<Lang, { label: string; multiple: string; against: string[]; alt: string }> = {
	en: {
		label: 'Gross output of Fuling’s larger industrial firms',
		multiple: '{outputMultiple}×',
		against: ['the 1997 level, in 2020'],
		alt: 'Bar chart: the gross output of Fuling’s larger industrial firms rose from {industrialOutput1997} in 1997 to {industrialOutput2020} in 2020, {outputMultiple} times as much, in each year’s prices.'
	},
	zh: {
		label: '涪陵规上工业产值',
		multiple: '{outputMultiple}倍',
		against: ['2020年与1997年相比'],
		alt: '柱状图：涪陵规上工业产值从1997年的{industrialOutput1997}增至2020年的{industrialOutput2020}，为1997年的{outputMultiple}倍（按当年价格）。'
	}
};

export interface Bar {
	year: string;
	/** The value in 亿元, for the bar's length. */
	value: number;
	/** The number as printed, and its unit (billion yuan / 亿元). */
	num: string;
	unit: string;
}

export interface CardText {
	lang: Lang;
	kicker: string;
	title: string;
	label: string;
	/** The unit and the caveat (the economy chart's subtitle). */
	subtitle: string;
	bars: [Bar, Bar];
	multiple: string;
	against: string[];
	source: string;
	publisher: string;
}

/** The card's words for one edition. */
export function cardText(copy: Copy): CardText {
	const { lang } = copy;
	const card = CARD[lang];
	const bar = (id: 'industrialOutput1997' | 'industrialOutput2020'): Bar => ({
		year: copy.economy.chart.bars[id],
		value: val(id),
		...moneyParts(val(id), '亿元', lang)
	});
	return {
		lang,
		kicker: copy.kicker,
		title: plainCopy(copy.meta.title, lang),
		label: card.label,
		subtitle: copy.economy.chart.subtitle,
		bars: [bar('industrialOutput1997'), bar('industrialOutput2020')],
		multiple: plainCopy(card.multiple, lang),
		against: card.against.map((line) => plainCopy(line, lang)),
		source: copy.economy.chart.source,
		publisher: PUBLISHER[lang]
	};
}

/** The card described in words, for og:image:alt and twitter:image:alt. */
export function shareAlt(lang: Lang): string {
	return plainCopy(CARD[lang].alt, lang);
}
