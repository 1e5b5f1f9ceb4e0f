/**
 * Reads a step anchor such as "#economy-2" from a URL hash. Anything that is
 * not a known section with a step in range gives null, and the page falls
 * back to its normal start; the hash is never written into the page.
 */
export interface StepRef {
	section: string;
	step: number;
}

export function parseStepHash(hash: string, sections: Record<string, number>): StepRef | null {
	const m = /^#([a-z]+)-(\d{1,3})$/.exec(hash);
	if (!m || !m[1] || !m[2]) return null;
	const count = Object.hasOwn(sections, m[1]) ? sections[m[1]] : undefined;
	const step = Number(m[2]);
	if (count === undefined || step >= count) return null;
	return { section: m[1], step };
}

export function stepId(section: string, step: number): string {
	return `${section}-${step}`;
}
