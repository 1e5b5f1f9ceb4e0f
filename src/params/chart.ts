import type { ParamMatcher } from '@sveltejs/kit';
import { isChartId } from '$lib/charts/ids';

/** A chart's embed slug: only ids in the registry, so an unknown chart is a 404. */
export const match: ParamMatcher = (param) => isChartId(param);
