/** The rebuilding chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import RebuildingChart from './RebuildingChart.svelte';
import { rebuildingSpec } from './spec';

export const rebuilding = defineChart(rebuildingSpec, RebuildingChart);
