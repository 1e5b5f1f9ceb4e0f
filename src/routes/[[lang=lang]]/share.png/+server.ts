// The edition's share card (og:image, twitter:image), 1200×630, drawn at build
// time from the data and the edition's copy: /share.png and /zh/share.png.
import { copyFor } from '$content/index';
import { cardText } from '$lib/seo/card';
import { cardSvg, layoutCard } from '$lib/server/share/card';
import { svgToPng } from '$lib/server/share/render';
import type { Lang } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ params }) => {
	const lang: Lang = params.lang === 'zh' ? 'zh' : 'en';
	const png = svgToPng(cardSvg(layoutCard(cardText(copyFor(lang)))));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
