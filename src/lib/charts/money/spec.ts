/** The money chart's spec: free donations against trade investment, then one square per project. */
import type { MoneyCopy } from '$content/money.types';
import { plainCopy } from '$lib/format/copy';
import { defineSpec, speakerNotes } from '$lib/charts/spec';
import { MONEY_STEPS, moneyState } from './state';

export const moneySpec = defineSpec({
	id: 'money',
	steps: MONEY_STEPS,
	state: moneyState,
	restStep: MONEY_STEPS - 1,
	entryStep: 0,
	copy: (c) => c.money.chart,
	stepText: (c) => c.money.steps,
	notes: speakerNotes('money'),
	describe: (step: number, copy: MoneyCopy['chart'], lang) =>
		plainCopy(copy.aria[step] ?? '', lang),
	facts: ['freeDonations', 'tradeFundsInPlace', 'publicWelfareProjects', 'tradeProjects']
});
