/**
 * Figures computed from the page's figures, never typed in. Each has a test
 * against the values stated in FACTS.md.
 */
import { fact, val, type FactId } from './index';

/** How many times larger `later` is than `earlier`. */
export function multiple(earlier: number, later: number): number {
	if (!(earlier > 0)) throw new RangeError('multiple: earlier value must be positive');
	return later / earlier;
}

/** Compound annual growth rate over `years` years, as a fraction (0.1777 = 17.77 %). */
export function cagr(earlier: number, later: number, years: number): number {
	if (!(years > 0)) throw new RangeError('cagr: years must be positive');
	return Math.pow(multiple(earlier, later), 1 / years) - 1;
}

function yearOf(id: FactId): number {
	const w = fact(id).when;
	if (w.kind !== 'year') throw new Error(`${id} is not a single-year figure`);
	return w.year;
}

function series(fromId: FactId, toId: FactId) {
	const years = yearOf(toId) - yearOf(fromId);
	return {
		multiple: multiple(val(fromId), val(toId)),
		cagr: cagr(val(fromId), val(toId), years),
		years
	};
}

export const outputGrowth = series('industrialOutput1997', 'industrialOutput2020');
export const gdpGrowth = series('gdp1997', 'gdp2020');

export type DerivedKind = 'multiple' | 'percent' | 'years';

export interface Derived {
	value: number;
	kind: DerivedKind;
}

/**
 * Derived values the copy may quote by id, next to the figure ids. The kind
 * tells the formatter how to print them (a multiple, a rate, a span).
 */
export const DERIVED = {
	outputMultiple: { value: outputGrowth.multiple, kind: 'multiple' },
	outputCagr: { value: outputGrowth.cagr, kind: 'percent' },
	gdpMultiple: { value: gdpGrowth.multiple, kind: 'multiple' },
	gdpCagr: { value: gdpGrowth.cagr, kind: 'percent' },
	seriesYears: { value: outputGrowth.years, kind: 'years' },
	/** 1992 to 2021: the partnership's span as the page counts it. */
	partnershipYears: { value: 2021 - 1992, kind: 'years' },
	/** Whole 1997-sized blocks that fit in the 2020 output bar. */
	outputBlocks: { value: Math.floor(outputGrowth.multiple), kind: 'multiple' },
	/** The two money amounts of the "money" chapter, compared. */
	investmentToDonations: {
		value: multiple(val('freeDonations'), val('tradeFundsInPlace')),
		kind: 'multiple'
	}
} as const satisfies Record<string, Derived>;

/** Every derived value's id: a compiler-checked union like FactId. */
export type DerivedId = keyof typeof DERIVED;

/** Whether a string from outside the code (a copy token) names a derived value. */
export function isDerivedId(id: string): id is DerivedId {
	return Object.hasOwn(DERIVED, id);
}
