/** The where chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import WhereChart from './WhereChart.svelte';
import { whereSpec } from './spec';

export const where = defineChart(whereSpec, WhereChart);
