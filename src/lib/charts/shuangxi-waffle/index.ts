/** The shuangxi-waffle chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import ShuangxiWaffleChart from './ShuangxiWaffleChart.svelte';
import { shuangxiWaffleSpec } from './spec';

export const shuangxiWaffle = defineChart(shuangxiWaffleSpec, ShuangxiWaffleChart);
