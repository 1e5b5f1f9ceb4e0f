// Reading the prerendered HTML of a scroll section, which is laid out flat
// (every step with its own chart): the markup of one step, its words and its
// chart, so a test reads that step's chart and not the sum of all of them.

/** The HTML of step `i` of section `id`: from its anchor to the next step or the section's end. */
export function stepHtml(html: string, id: string, i: number): string {
	const start = html.indexOf(`id="${id}-${i}"`);
	if (start < 0) throw new Error(`no step ${id}-${i} in the prerendered page`);
	const rest = html.slice(start + 1);
	const ends = [rest.indexOf(`id="${id}-${i + 1}"`), rest.indexOf('</section>')].filter(
		(n) => n >= 0
	);
	return rest.slice(0, Math.min(...ends));
}
