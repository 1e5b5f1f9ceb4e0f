/**
 * Where a figure written out in copy may break across lines. English keeps
 * a number and its unit together ("174.2 billion yuan"), after an optional
 * "more than " that may break from it. Chinese may break between the number
 * and its unit, which justified lines need ("1742" | "亿元"), but never
 * inside either: a unit such as 亿元 or 万余人 is one word.
 */
export interface FigureParts {
	/** Text that may break from what follows ("more than "), or ''. */
	lead: string;
	/** Runs that each stay on one line; a line may break between them. */
	runs: string[];
}

export function figureParts(figure: string, lang: 'en' | 'zh'): FigureParts {
	if (lang === 'en') {
		const lead = figure.startsWith('more than ') ? 'more than ' : '';
		return { lead, runs: [figure.slice(lead.length)] };
	}
	const m = /^([\d.,]+)(\D.*)$/.exec(figure);
	return { lead: '', runs: m ? [m[1]!, m[2]!] : [figure] };
}
