/** The livelihoods chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import LivelihoodsChart from './LivelihoodsChart.svelte';
import { livelihoodsSpec } from './spec';

export const livelihoods = defineChart(livelihoodsSpec, LivelihoodsChart);
