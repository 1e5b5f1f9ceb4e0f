import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageLoad } from './$types';
import { CHART_IDS, SPECS, type ChartId } from '$lib/charts/specs';
import { LANGS, type Lang } from '$lib/i18n';
import { loadCopy } from '$content/load';

// Every chart's page in both editions, and a page per step of a stepped
// chart: a prerendered page cannot read its query string, so ?step=N is
// only a browser-side alias of these (see the page).
export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) =>
		CHART_IDS.flatMap((chart) => {
			const steps = SPECS[chart].steps;
			const at = steps > 1 ? Array.from({ length: steps }, (_, i) => String(i)) : [];
			return [undefined, ...at].map((step) => ({
				lang: lang === 'en' ? undefined : lang,
				chart,
				step
			}));
		})
	);

export const load: PageLoad = async ({ params }) => {
	const lang: Lang = params.lang === 'zh' ? 'zh' : 'en';
	const chart = params.chart as ChartId;
	const steps = SPECS[chart].steps;
	const step = params.step === undefined ? null : Number(params.step);
	// A static figure has no step pages, and a step past the last is none.
	if (step !== null && (steps < 2 || step >= steps)) error(404, 'Not found');
	return { lang, chart, step, copy: await loadCopy(lang) };
};
