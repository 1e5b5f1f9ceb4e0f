/**
 * `?step=N` on a chart's embed page: a browser-side alias of its step page
 * (/embed/economy/N/), for hosts that build URLs with a query. Only a whole
 * number naming one of the chart's steps counts; anything else (`abc`,
 * `9999`, `1.5`, `-1`, markup) is ignored and the page keeps its own step.
 */
export function readStepAlias(search: URLSearchParams, steps: number): number | null {
	const raw = search.get('step');
	if (raw === null || !/^(0|[1-9]\d{0,2})$/.test(raw)) return null;
	const step = Number(raw);
	return steps > 1 && step < steps ? step : null;
}
