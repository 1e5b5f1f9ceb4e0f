/** The shuangxi-change chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import ShuangxiChangeChart from './ShuangxiChangeChart.svelte';
import { shuangxiChangeSpec } from './spec';

export const shuangxiChange = defineChart(shuangxiChangeSpec, ShuangxiChangeChart);
