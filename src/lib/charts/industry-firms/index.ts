/** The industry-firms chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import IndustryFirmsChart from './IndustryFirmsChart.svelte';
import { industryFirmsSpec } from './spec';

export const industryFirms = defineChart(industryFirmsSpec, IndustryFirmsChart);
