/** Copy for the "people" chapter: officials, delegations and training, in both directions. */
import type { ChartCopy } from './shared.types';
import type { LeaderId, RowId } from '$lib/charts/people/layout';

export interface PeopleCopy {
	heading: string;
	paragraphs: string[];
	chart: ChartCopy & {
		/** The whole chart in words, for screen readers (figure tokens allowed). */
		aria: string;
		/** The two panel headings: the direction of travel and what is shown. */
		heads: Record<'zhejiang' | 'fuling', { title: string; sub: string }>;
		/** Label above each group of dots, with its figure token. */
		groups: Record<LeaderId, string>;
		/** The on-site donations line under the dots. */
		donation: string;
		/** Over the visitors' squares: who they are, with the figure token. */
		visitors: string;
		/** After "■ = 10" in the strip's key: what a square counts, and that it is rounded. */
		squareKey: string;
		/**
		 * One ledger row per count: `value` is the figure token, `unit` what it
		 * counts (delegations, person-times …), `caption` what it was.
		 */
		rows: Record<RowId, { value: string; unit: string; caption: string }>;
	};
}
