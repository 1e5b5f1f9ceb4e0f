/**
 * The headline jump beside the schematic: Fuling's industrial output in 1997
 * and in 2020 as two squares on one area scale. The larger square sets the
 * size; the smaller one's side is the square root of the ratio of the two
 * values, so their areas, which is what a reader compares, stand in the
 * ratio of the figures.
 */
import { fact, type FactId } from '$lib/data';

export interface JumpSquare {
	fact: FactId;
	/** The output it stands for, in 亿元. */
	value: number;
	/** The year of the figure. */
	year: number;
	/** Its side as a fraction of the largest square's side (0–1]. */
	side: number;
}

function yearOf(id: FactId): number {
	const w = fact(id).when;
	if (w.kind !== 'year') throw new Error(`${id} is not a single-year figure`);
	return w.year;
}

/** Squares for values on one area scale, the largest side 1. */
export function areaSquares(facts: readonly FactId[]): JumpSquare[] {
	const values = facts.map((f) => fact(f).value);
	const max = Math.max(...values);
	if (!(max > 0)) throw new RangeError('areaSquares: needs a positive value');
	return facts.map((fact, i) => ({
		fact,
		value: values[i]!,
		year: yearOf(fact),
		side: Math.sqrt(values[i]! / max)
	}));
}

/** The two years of the jump, earlier first. */
export const JUMP_FACTS = ['industrialOutput1997', 'industrialOutput2020'] as const;

export const jumpSquares = (): JumpSquare[] => areaSquares(JUMP_FACTS);
