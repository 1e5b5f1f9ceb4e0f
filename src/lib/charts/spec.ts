/**
 * What the story, its embeds, its slides and its print edition need to know
 * about a chart, in one typed record per chart. A spec is pure data and pure
 * functions (no component), so node code (tests, build checks) can read it;
 * `defineChart` joins a spec to the component that draws it.
 */
import type { Component } from 'svelte';
import type { Copy } from '$content/types';
import type { FactId } from '$lib/data';
import type { Lang } from '$lib/i18n';
import type { ChartId } from './ids';

/** The props every chart component takes, whatever drives it. */
export interface ChartProps<C> {
	/** The step to draw: a whole number from 0 to the spec's `steps - 1`, never "before". */
	step: number;
	/** This chart's own copy, as the spec's `copy` selects it. */
	copy: C;
	/** The edition, for number formatting and type. */
	lang: Lang;
	/** Draw the step at once, with no motion (first paint, a jump, a still page). */
	instant?: boolean;
}

export interface ChartSpec<C, S = unknown> {
	/** The chart's folder, its `data-chart` value and its embed slug. */
	id: ChartId;
	/** How many states it has: 1 for a static figure. */
	steps: number;
	/** What the chart draws at a step (pure; the component renders it). */
	state(step: number): S;
	/**
	 * The step it rests at when nothing drives it: a bare embed, a print or a
	 * reader without JavaScript shown one picture of the chart.
	 */
	restStep: number;
	/**
	 * The step a scroll section shows before the reader reaches its first
	 * step (0 unless the chart opens on an overview).
	 */
	entryStep: number;
	/** Its copy within the edition's copy. */
	copy(c: Copy): C;
	/** The words beside each step of a scroll section; static figures have none. */
	stepText?(c: Copy): string[];
	/** Speaker notes, one per step. */
	notes(c: Copy): string[];
	/** The chart at a step in plain words: its aria-label and text alternative. */
	describe(step: number, copy: C, lang: Lang): string;
	/** The figures its marks encode (each mark carries one as data-fact). */
	facts: readonly FactId[];
}

/** A spec and the component that draws it. */
export interface Chart<C, S = unknown> extends ChartSpec<C, S> {
	component: Component<ChartProps<C>>;
}

/** A spec whose copy type is forgotten: what lists of charts hold. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry is checked where it is defined, by defineSpec/defineChart
export type AnySpec = ChartSpec<any, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export type AnyChart = Chart<any, unknown>;

/** Checks a spec once, at import: a bad step count fails the build naming the chart. */
export function defineSpec<C, S>(spec: ChartSpec<C, S>): ChartSpec<C, S> {
	const { id, steps, restStep, entryStep } = spec;
	if (!Number.isInteger(steps) || steps < 1) {
		throw new Error(`Chart "${id}": steps must be a whole number of at least 1, got ${steps}`);
	}
	for (const [name, step] of [
		['restStep', restStep],
		['entryStep', entryStep]
	] as const) {
		if (!Number.isInteger(step) || step < 0 || step >= steps) {
			throw new Error(`Chart "${id}": ${name} ${step} is not a step of 0…${steps - 1}`);
		}
	}
	return spec;
}

/**
 * A figure with one state (a schematic, a panel, a list): one step, drawn the
 * same however it is driven.
 */
export function defineFigure<C>(
	spec: Omit<ChartSpec<C, null>, 'steps' | 'state' | 'restStep' | 'entryStep'>
): ChartSpec<C, null> {
	return defineSpec({ ...spec, steps: 1, state: () => null, restStep: 0, entryStep: 0 });
}

export function defineChart<C, S>(
	spec: ChartSpec<C, S>,
	component: Component<ChartProps<C>>
): Chart<C, S> {
	return { ...spec, component };
}

/** A step's speaker note, id-keyed so a chart's notes travel with it. */
export function speakerNotes(id: ChartId) {
	return (c: Copy): string[] => c.speaker[id];
}
