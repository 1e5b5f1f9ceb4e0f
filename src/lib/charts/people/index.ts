/** The people chart: its spec joined to the component that draws it. */
import { defineChart } from '$lib/charts/spec';
import PeopleChart from './PeopleChart.svelte';
import { peopleSpec } from './spec';

export const people = defineChart(peopleSpec, PeopleChart);
