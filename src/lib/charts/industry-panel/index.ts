/** The industry-panel chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import IndustryPanelChart from './IndustryPanelChart.svelte';
import { industryPanelSpec } from './spec';

export const industryPanel = defineChart(industryPanelSpec, IndustryPanelChart);
