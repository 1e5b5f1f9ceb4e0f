/** The money chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import MoneyChart from './MoneyChart.svelte';
import { moneySpec } from './spec';

export const money = defineChart(moneySpec, MoneyChart);
