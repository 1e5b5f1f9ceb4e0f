/**
 * The one door to the figures. Validation runs here, at import, so nothing
 * downstream ever sees an unchecked number.
 */
// esm-env, not $app/environment: the e2e tests and the benchmark import this module outside Vite.
import { BROWSER } from 'esm-env';
import { RAW_FACTS } from './facts';
import { parseFacts, type Fact } from './schema';

export type { Fact, Unit } from './schema';

/**
 * Checked where the pages are made: every page is prerendered, so a malformed
 * figure fails the build, naming it, before any reader can load it. The
 * browser then gets the very figures that passed and skips the check (and the
 * validator's code); data.test.ts holds that the figures pass unchanged, so
 * both sides draw the same numbers.
 */
export const FACTS: readonly Fact[] = BROWSER
	? (RAW_FACTS as readonly Fact[])
	: parseFacts(RAW_FACTS);

/**
 * Every figure's id, as a union the compiler checks: a renamed or mistyped
 * id is a type error wherever it is used, never a silent zero.
 */
export type FactId = (typeof RAW_FACTS)[number]['id'];

const BY_ID = new Map<string, Fact>(FACTS.map((f) => [f.id, f]));

/** A figure by id; an unknown id is a programming error and throws at build. */
export function fact(id: FactId): Fact {
	const found = BY_ID.get(id);
	if (!found) throw new Error(`Unknown figure id "${id}"`);
	return found;
}

/** Whether a string from outside the code (a copy token) names a figure. */
export function isFactId(id: string): id is FactId {
	return BY_ID.has(id);
}

/** The value of a figure by id. */
export function val(id: FactId): number {
	return fact(id).value;
}
