import { describe, expect, it } from 'vitest';
import { fact } from '$lib/data';
import { renderCopy } from '$lib/format/copy';
import { timeline as en } from '$content/en/timeline';
import { timeline as zh } from '$content/zh/timeline';
import { EVENTS, FIRST_YEAR, LAST_YEAR, datetime, longestGap } from './events';

/** The years the brief allows as text. */
const YEARS = [1992, 1994, 1997, 2014, 2018, 2019, 2020, 2021];
const TOKEN = /\{([A-Za-z0-9]+)(?:\|[a-z]+)?\}/g;
const tokens = (s: string) => [...s.matchAll(TOKEN)].map((m) => m[1]!);

describe('EVENTS', () => {
	it('runs in date order from 1992 to 2021, on the page’s years only', () => {
		const years = EVENTS.map((e) => e.year);
		expect(years).toEqual([...years].sort((a, b) => a - b));
		expect(years[0]).toBe(FIRST_YEAR);
		expect(years.at(-1)).toBe(LAST_YEAR);
		for (const y of years) expect(YEARS).toContain(y);
	});

	it('finds the undated stretch: 1997 to 2014', () => {
		expect(longestGap()).toEqual({ from: 1997, to: 2014 });
	});

	it('ties each event to figures of its own year (or starting in it)', () => {
		for (const e of EVENTS) {
			for (const id of e.facts) {
				const w = fact(id).when;
				const year = w.kind === 'year' ? w.year : w.kind === 'period' ? w.from : NaN;
				expect(year, `${e.id}: ${id}`).toBe(e.year);
			}
		}
	});

	it('marks as Zhejiang’s doing the pairing, Wahaha’s arrival and Zhejiang’s aid, and nothing else', () => {
		expect(EVENTS.filter((e) => e.zhejiang).map((e) => e.id)).toEqual([
			'approval',
			'wahaha',
			'communityAid'
		]);
	});

	it('writes <time datetime> as a year, or year-month', () => {
		expect(datetime(EVENTS[0]!)).toBe('1992');
		expect(datetime(EVENTS.find((e) => e.id === 'shuangxiDone')!)).toBe('2019-02');
	});
});

describe('timeline copy', () => {
	for (const [lang, copy] of [
		['en', en],
		['zh', zh]
	] as const) {
		it(`${lang}: has one entry per event, quoting exactly that event’s figures`, () => {
			expect(Object.keys(copy.chart.events).sort()).toEqual(EVENTS.map((e) => e.id).sort());
			for (const e of EVENTS) {
				const { title, text } = copy.chart.events[e.id];
				const quoted = tokens(title + text).filter((t) => t !== 'partnershipYears');
				expect(quoted.sort(), e.id).toEqual([...e.facts].sort());
				// Every token resolves.
				expect(() => renderCopy(title + text, lang)).not.toThrow();
			}
		});

		it(`${lang}: takes the heading’s number from {partnershipYears}`, () => {
			expect(tokens(copy.heading)).toEqual(['partnershipYears']);
			const shown = renderCopy(copy.heading, lang)
				.map((s) => s.text)
				.join('');
			expect(shown).toMatch(/^29/);
		});

		it(`${lang}: types no digits but the page’s years`, () => {
			const all = [
				copy.heading,
				...copy.paragraphs,
				copy.chart.title,
				copy.chart.subtitle ?? '',
				copy.chart.gap,
				...copy.chart.notes,
				copy.chart.source,
				...Object.values(copy.chart.events).flatMap((e) => [e.title, e.text])
			]
				// A dated month (2019年2月) is a year and its month, as GB/T 15835 writes dates.
				.map((s) => s.replace(TOKEN, '').replace(/(\d{4})年\d{1,2}月/g, '$1年'));
			const numbers = all.flatMap((s) => s.match(/\d+/g) ?? []).map(Number);
			for (const n of numbers) expect(YEARS).toContain(n);
		});
	}

	it('has the same keys and list lengths in both editions', () => {
		const shape = (o: unknown): unknown =>
			Array.isArray(o)
				? o.length
				: o && typeof o === 'object'
					? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)]))
					: typeof o;
		expect(shape(zh)).toEqual(shape(en));
	});
});
