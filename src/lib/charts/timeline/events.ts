/**
 * The dated events on the page, 1992-2021, in order. Years are the page's;
 * `facts` lists the figures each event's text quotes, so its mark can carry
 * data-fact and a test can check the copy quotes exactly those.
 */
import type { FactId } from '$lib/data';

export type EventId =
	| 'approval'
	| 'wahaha'
	| 'baseline'
	| 'communityAid'
	| 'shuangxiStart'
	| 'shuangxiDone'
	| 'seriesEnd'
	| 'pageYear';

export interface TimelineEvent {
	id: EventId;
	year: number;
	/** The month, where the page gives one (February 2019). */
	month?: number;
	/** Figure ids the event's text shows. */
	facts: readonly FactId[];
	/**
	 * Zhejiang's own doing (the pairing, a Hangzhou firm arriving, Zhejiang's
	 * donated money put to work): the one thing the accent colour means. The
	 * district's figures, its building work and the page itself are neutral.
	 */
	zhejiang: boolean;
}

export const EVENTS: readonly TimelineEvent[] = [
	{ id: 'approval', year: 1992, facts: [], zhejiang: true },
	{ id: 'wahaha', year: 1994, facts: ['wahahaFactories', 'wahahaMigrants'], zhejiang: true },
	{ id: 'baseline', year: 1997, facts: ['industrialOutput1997', 'gdp1997'], zhejiang: false },
	{ id: 'communityAid', year: 2014, facts: ['resettlementCommunityAid'], zhejiang: true },
	{ id: 'shuangxiStart', year: 2018, facts: [], zhejiang: false },
	{ id: 'shuangxiDone', year: 2019, month: 2, facts: [], zhejiang: false },
	{
		id: 'seriesEnd',
		year: 2020,
		facts: ['industrialOutput2020', 'gdp2020', 'cadresStudied2020'],
		zhejiang: false
	},
	{ id: 'pageYear', year: 2021, facts: ['top100Firms2021'], zhejiang: false }
];

export const FIRST_YEAR = 1992;
export const LAST_YEAR = 2021;

/** The stretch with no dated event on the page: from 1997 to 2014. */
export function longestGap(events: readonly TimelineEvent[] = EVENTS): {
	from: number;
	to: number;
} {
	let best = { from: FIRST_YEAR, to: FIRST_YEAR };
	for (let i = 1; i < events.length; i++) {
		const from = events[i - 1]!.year;
		const to = events[i]!.year;
		if (to - from > best.to - best.from) best = { from, to };
	}
	return best;
}

/** The machine-readable date for <time datetime>: "1992", "2019-02". */
export function datetime(e: TimelineEvent): string {
	return e.month ? `${e.year}-${String(e.month).padStart(2, '0')}` : String(e.year);
}
