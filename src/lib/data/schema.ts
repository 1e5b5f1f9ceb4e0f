/**
 * The shape every figure must have, checked with valibot when the data module
 * loads. A malformed entry throws a FactValidationError naming the entry and
 * the field, which fails `vite build` (prerendering imports the module) and
 * the unit tests alike.
 */
import * as v from 'valibot';

const Bilingual = v.object({
	en: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
	zh: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))
});

const Year = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2021));

const When = v.variant('kind', [
	/** A value for one calendar year (e.g. output in 1997). */
	v.object({ kind: v.literal('year'), year: Year }),
	/** A total over a span of years (e.g. donations 1992-2021). */
	v.object({ kind: v.literal('period'), from: Year, to: Year }),
	/** A cumulative count as of the page's year, start not stated. */
	v.object({ kind: v.literal('asOf'), year: Year })
]);

export const UNITS = ['亿元', '万元', 'km', '%', 'count'] as const;

export const SECTIONS = [
	'economy',
	'rebuilding',
	'shuangxi',
	'money',
	'industry',
	'livelihoods',
	'people'
] as const;

export const FactSchema = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase identifier')),
		section: v.picklist(SECTIONS),
		value: v.pipe(v.number(), v.finite(), v.gtValue(0, 'must be a positive number')),
		unit: v.picklist(UNITS),
		/** What a count counts, for "44 docks" / "44座"; required when unit is 'count'. */
		noun: v.optional(Bilingual),
		when: When,
		/** The page says 余/多/超过: the true figure is higher. */
		floor: v.boolean(),
		label: Bilingual,
		/** The page's own wording, white space removed; … marks words left out. */
		source: v.pipe(v.string(), v.nonEmpty('must quote the page'))
	}),
	v.forward(
		v.check((f) => f.unit !== 'count' || f.noun !== undefined, 'is required for counts'),
		['noun']
	),
	v.forward(
		v.check((f) => f.unit !== '%' || f.value <= 100, 'a percentage must be at most 100'),
		['value']
	),
	v.forward(
		v.check(
			(f) => f.when.kind !== 'period' || f.when.from <= f.when.to,
			'from must not be after to'
		),
		['when']
	)
);

export type Fact = v.InferOutput<typeof FactSchema>;
/** What facts.ts is written as: loose enough to let a typo through to the validator. */
export type RawFact = v.InferInput<typeof FactSchema>;
export type Unit = Fact['unit'];
export type Section = (typeof SECTIONS)[number];

export class FactValidationError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FactValidationError';
	}
}

/** Validates every entry and the set as a whole; throws naming the entry and field. */
export function parseFacts(raw: readonly unknown[]): Fact[] {
	const seen = new Set<string>();
	return raw.map((entry, index) => {
		const id =
			typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string'
				? entry.id
				: `#${index}`;
		const result = v.safeParse(FactSchema, entry);
		if (!result.success) {
			const problems = result.issues.map((issue) => {
				const field = v.getDotPath(issue) ?? '(entry)';
				return `field "${field}": ${issue.message}`;
			});
			throw new FactValidationError(
				`Malformed figure "${id}" (entry ${index}): ${problems.join('; ')}`
			);
		}
		if (seen.has(result.output.id)) {
			throw new FactValidationError(
				`Malformed figure "${id}" (entry ${index}): field "id": duplicate id`
			);
		}
		seen.add(result.output.id);
		return result.output;
	});
}
