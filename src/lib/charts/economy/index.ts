/** The economy chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import EconomyChart from './EconomyChart.svelte';
import { economySpec } from './spec';

export const economy = defineChart(economySpec, EconomyChart);
