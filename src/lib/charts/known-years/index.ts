/** The known-years chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import KnownYearsChart from './KnownYearsChart.svelte';
import { knownYearsSpec } from './spec';

export const knownYears = defineChart(knownYearsSpec, KnownYearsChart);
