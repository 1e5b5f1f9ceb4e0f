// The benchmark's arithmetic, apart so it is tested: medians and quantiles
// of timings, and the median Lighthouse run's figures.

/** The parts of a Lighthouse report the benchmark reads. */
export interface LighthouseRun {
	categories: Record<string, { score: number | null } | undefined>;
	audits: Record<string, { numericValue?: number } | undefined>;
}

export interface LighthouseSummary {
	performance: number | null;
	accessibility: number | null;
	'best-practices': number | null;
	seo: number | null;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	speedIndexMs: number;
}

/** The q-quantile (0..1) by linear interpolation between closest ranks; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = values.toSorted((a, b) => a - b);
	const at = (sorted.length - 1) * Math.min(1, Math.max(0, q));
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

const score = (run: LighthouseRun, id: string) => {
	const s = run.categories[id]?.score;
	return s == null ? null : Math.round(s * 100);
};
const metric = (run: LighthouseRun, id: string) => run.audits[id]?.numericValue ?? Number.NaN;

/**
 * Each figure's median over the runs, taken figure by figure (Lighthouse's
 * own advice for comparing runs); scores stay whole numbers, CLS keeps
 * three decimals, times are rounded to the millisecond.
 */
export function summarizeRuns(runs: readonly LighthouseRun[]): LighthouseSummary {
	if (runs.length === 0) throw new Error('summarizeRuns: no Lighthouse runs to summarize');
	const scoreOf = (id: string) => {
		const all = runs.map((r) => score(r, id)).filter((s): s is number => s !== null);
		return all.length ? Math.round(median(all)) : null;
	};
	const ms = (id: string) => Math.round(median(runs.map((r) => metric(r, id))));
	return {
		performance: scoreOf('performance'),
		accessibility: scoreOf('accessibility'),
		'best-practices': scoreOf('best-practices'),
		seo: scoreOf('seo'),
		lcpMs: ms('largest-contentful-paint'),
		tbtMs: ms('total-blocking-time'),
		cls: Math.round(median(runs.map((r) => metric(r, 'cumulative-layout-shift'))) * 1000) / 1000,
		speedIndexMs: ms('speed-index')
	};
}
