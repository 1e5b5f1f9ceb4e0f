import { describe, expect, it } from 'vitest';
import { en } from '$content/en/index';
import { zh } from '$content/zh/index';
import { SPECS } from '$lib/charts/specs';
import { storyCharts } from '$lib/story/manifest';
import { DECK, buildDeck, clampSlide, slideFromHash, slideNotes, slideText } from './deck';

describe('the deck', () => {
	it('opens on a title slide and closes on the source, with every chart in story order between', () => {
		expect(DECK[0]!.id).toBe('title');
		expect(DECK.at(-1)!.id).toBe('end');
		const charts = DECK.flatMap((s) => (s.kind === 'chart' ? [s.chart] : []));
		const expected = storyCharts().flatMap(({ chart, scrolly }) =>
			Array(scrolly ? SPECS[chart].steps : 1).fill(chart)
		);
		expect(charts).toEqual(expected);
		expect(DECK.length).toBe(expected.length + 2);
	});

	it('names scroll steps as the story does and figures by their chart', () => {
		const ids = DECK.map((s) => s.id);
		expect(ids).toContain('economy-2');
		expect(ids).toContain('timeline');
		expect(new Set(ids).size).toBe(ids.length);
		expect(DECK.map((s) => s.index)).toEqual(DECK.map((_, i) => i));
	});

	it('puts the steps of one section in one group, and nothing else in it', () => {
		const economy = DECK.filter((s) => s.kind === 'chart' && s.chart === 'economy');
		expect(new Set(economy.map((s) => s.group)).size).toBe(1);
		expect(economy.map((s) => (s.kind === 'chart' ? s.step : -1))).toEqual([0, 1, 2, 3, 4]);
		const others = DECK.filter((s) => s.group === economy[0]!.group && !economy.includes(s));
		expect(others).toEqual([]);
	});

	it('refuses a running order that would give two slides one id', () => {
		expect(() =>
			buildDeck([
				{ kind: 'figure', chart: 'people' },
				{ kind: 'figure', chart: 'people' }
			])
		).toThrow(/#people/);
	});

	it('reads only its own ids from a hash', () => {
		expect(slideFromHash('#economy-2')).toBe(DECK.findIndex((s) => s.id === 'economy-2'));
		expect(slideFromHash('#end')).toBe(DECK.length - 1);
		for (const bad of ['', '#', '#economy-9', '#nope', '#<img src=x>', '#economy-2?x', '#TITLE']) {
			expect(slideFromHash(bad), bad).toBeNull();
		}
	});

	it('keeps jumps on the deck', () => {
		expect(clampSlide(-3)).toBe(0);
		expect(clampSlide(999)).toBe(DECK.length - 1);
		expect(clampSlide(Number.NaN)).toBe(0);
	});

	it('has words for every step and notes for every slide, in both editions', () => {
		for (const copy of [en, zh]) {
			for (const s of DECK) {
				expect(slideNotes(s, copy).trim(), `${copy.lang} ${s.id}`).not.toBe('');
				const stepped = s.kind === 'chart' && s.stepped;
				expect(Boolean(slideText(s, copy)?.trim()), `${copy.lang} ${s.id}`).toBe(stepped);
			}
		}
	});
});
