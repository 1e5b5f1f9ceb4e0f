/** The timeline chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import TimelineChart from './TimelineChart.svelte';
import { timelineSpec } from './spec';

export const timeline = defineChart(timelineSpec, TimelineChart);
