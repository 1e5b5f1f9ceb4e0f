import { describe, expect, it } from 'vitest';
import { moneyTick, formatDerived } from '$lib/format/number';
import { DERIVED } from '$lib/data/derive';
import { multipleBlocks, multipleLayout, PLOT_BOTTOM, VIEW_W } from './layout';
import {
	axisTicks,
	barDrawnValue,
	barPresence,
	barValue,
	interpolateMoneyState,
	tickText,
	moneyState,
	MONEY_STEPS,
	tagOpacity,
	valueLabelOpacity,
	Y_MAX_DONATIONS,
	Y_MAX_INVESTMENT
} from './state';

describe('moneyState', () => {
	it('starts with the donations alone on an axis that fits them', () => {
		const s = moneyState(0);
		expect(s.investment).toBe(0);
		expect(s.yMax).toBeGreaterThan(barValue('freeDonations'));
		expect(s.yMax).toBeLessThan(barValue('freeDonations') * 1.25);
	});

	it('rescales to fit the investment when it arrives, and keeps that one scale after', () => {
		for (let i = 1; i < MONEY_STEPS; i++) {
			const s = moneyState(i);
			expect(s.yMax, `step ${i}`).toBe(Y_MAX_INVESTMENT);
			expect(s.investment, `step ${i}`).toBe(1);
		}
		expect(Y_MAX_INVESTMENT).toBeGreaterThan(barValue('tradeFundsInPlace'));
		expect(Y_MAX_INVESTMENT).toBeLessThan(barValue('tradeFundsInPlace') * 1.35);
		// The top of the axis is a labelled tick, so the scale reads to its end.
		expect(Math.max(...axisTicks(Y_MAX_INVESTMENT))).toBe(Y_MAX_INVESTMENT);
	});

	it('shows the blocks on step 2 only, the squares on step 3 only, the kinds on the last', () => {
		const all = Array.from({ length: MONEY_STEPS }, (_, i) => moneyState(i));
		expect(all.map((s) => s.blocks)).toEqual([0, 0, 1, 0, 0]);
		expect(all.map((s) => s.squares)).toEqual([0, 0, 0, 1, 0]);
		// No second "stack it N times" in a bar: the bars step aside for both square panels.
		expect(all.map((s) => s.bars)).toEqual([1, 1, 0, 0, 1]);
		expect(all.map((s) => s.kinds)).toEqual([0, 0, 0, 0, 1]);
	});

	it('keeps the donations bar drawn and the investment bar in only from step 1', () => {
		expect(barPresence('freeDonations', moneyState(0))).toBe(1);
		expect(barPresence('freeDonations', moneyState(2))).toBe(1);
		expect(barPresence('tradeFundsInPlace', moneyState(0))).toBe(0);
		expect(barPresence('tradeFundsInPlace', moneyState(1))).toBe(1);
	});

	it('clamps -1, NaN and out-of-range steps to real states', () => {
		expect(moneyState(-1)).toEqual(moneyState(0));
		expect(moneyState(Number.NaN)).toEqual(moneyState(0));
		expect(moneyState(99)).toEqual(moneyState(MONEY_STEPS - 1));
	});
});

describe('interpolateMoneyState', () => {
	const f = interpolateMoneyState(moneyState(0), moneyState(1));

	it('lands exactly on both ends', () => {
		expect(f(0)).toEqual(moneyState(0));
		const end = f(1);
		expect(end.yMax).toBeCloseTo(Y_MAX_INVESTMENT, 10);
		expect(end.investment).toBe(1);
	});

	it('moves the axis top geometrically, so the rescale reads at an even pace', () => {
		expect(f(0.5).yMax).toBeCloseTo(Math.sqrt(Y_MAX_DONATIONS * Y_MAX_INVESTMENT), 10);
		expect(f(0.5).investment).toBe(0.5);
	});
});

describe('the rescale from step 0 to 1, frame by frame', () => {
	const f = interpolateMoneyState(moneyState(0), moneyState(1));
	const frames = Array.from({ length: 101 }, (_, i) => f(i / 100));
	const finalShare = barValue('tradeFundsInPlace') / Y_MAX_INVESTMENT;
	const share = (s: ReturnType<typeof f>) => barDrawnValue('tradeFundsInPlace', s) / s.yMax;

	it('draws each bar to its figure at rest', () => {
		for (let i = 0; i < MONEY_STEPS; i++) {
			const s = moneyState(i);
			expect(barDrawnValue('freeDonations', s)).toBe(barValue('freeDonations'));
			expect(barDrawnValue('tradeFundsInPlace', s)).toBeCloseTo(
				barValue('tradeFundsInPlace') * s.investment,
				10
			);
		}
	});

	it('grows the investment steadily to its final height, never above it, on any frame', () => {
		for (const s of frames) {
			expect(share(s)).toBeLessThanOrEqual(finalShare + 1e-12);
			expect(share(s)).toBeCloseTo(finalShare * s.investment, 10);
		}
		expect(share(f(0.5))).toBeCloseTo(finalShare / 2, 10);
	});

	it('brings the investment value in only once its bar is most of the way up', () => {
		for (const s of frames) {
			if (valueLabelOpacity('tradeFundsInPlace', s) > 0) {
				expect(share(s)).toBeGreaterThan(finalShare * 0.8);
			}
		}
		expect(valueLabelOpacity('tradeFundsInPlace', moneyState(1))).toBe(1);
		expect(valueLabelOpacity('tradeFundsInPlace', moneyState(0))).toBe(0);
		expect(valueLabelOpacity('freeDonations', moneyState(0))).toBe(1);
		// Gone with the bars while the square panels show.
		expect(valueLabelOpacity('freeDonations', moneyState(2))).toBe(0);
	});

	it('tags the new scale on the step that changes it only, and only late in the change', () => {
		const all = Array.from({ length: MONEY_STEPS }, (_, i) => moneyState(i).newScale);
		expect(all).toEqual([0, 1, 0, 0, 0]);
		expect(tagOpacity(1)).toBe(1);
		expect(tagOpacity(0.8)).toBe(0);
		expect(tagOpacity(0.5)).toBe(0);
		expect(tagOpacity(0.9)).toBeCloseTo(0.5, 10);
	});
});

describe('axisTicks', () => {
	it('labels the donations axis in millions of yuan (as its label is), or whole 亿元', () => {
		const t = axisTicks(Y_MAX_DONATIONS);
		expect(t).toEqual([1, 2, 3, 4]);
		expect(t.map((v) => tickText(v, Y_MAX_DONATIONS, 'en'))).toEqual(['100', '200', '300', '400']);
		expect(t.map((v) => tickText(v, Y_MAX_DONATIONS, 'zh'))).toEqual(['1', '2', '3', '4']);
	});

	it('re-labels the axis for the investment, no gridline just over its bar', () => {
		const t = axisTicks(Y_MAX_INVESTMENT);
		expect(t).toEqual([100, 200, 300]);
		expect(t.map((v) => tickText(v, Y_MAX_INVESTMENT, 'en'))).toEqual(['10', '20', '30']);
		expect(t.map((v) => tickText(v, Y_MAX_INVESTMENT, 'zh'))).toEqual(['100', '200', '300']);
		expect(t.map((v) => moneyTick(v, 'en'))).toEqual(['10', '20', '30']);
		// The bar's value label sits in the gap above the bar: no gridline within a fifth of the axis.
		const top = barValue('tradeFundsInPlace');
		for (const v of t) expect(v <= top || v - top > Y_MAX_INVESTMENT / 5).toBe(true);
	});

	it('never puts a tick above the top of the axis', () => {
		for (const m of [4.6, 10, 33, 120, 250, 300]) {
			expect(Math.max(...axisTicks(m))).toBeLessThanOrEqual(m);
		}
	});
});

describe('the multiple in blocks', () => {
	const [one, many] = multipleLayout();

	it('draws one block for the donations and one per whole multiple for the investment', () => {
		expect(one!.squares).toHaveLength(1);
		expect(many!.squares).toHaveLength(58);
		// 58 is the derived multiple (230.31 / 3.97), not a typed number.
		expect(multipleBlocks()).toBe(Math.floor(DERIVED.investmentToDonations.value));
		expect(multipleBlocks() * barValue('freeDonations')).toBeLessThanOrEqual(
			barValue('tradeFundsInPlace')
		);
		expect((multipleBlocks() + 1) * barValue('freeDonations')).toBeGreaterThan(
			barValue('tradeFundsInPlace')
		);
	});

	it('makes every block the same size, so each is the same sum', () => {
		const sizes = new Set([...one!.squares, ...many!.squares].map((c) => c.size));
		expect(sizes.size).toBe(1);
	});

	it('stacks the two groups inside the drawing, labels above their own blocks', () => {
		expect(one!.labelY).toBeGreaterThanOrEqual(0);
		expect(one!.labelY).toBeLessThan(one!.squares[0]!.y);
		expect(many!.labelY).toBeGreaterThan(one!.bottom);
		const all = [...one!.squares, ...many!.squares];
		expect(Math.max(...all.map((c) => c.x + c.size))).toBeLessThanOrEqual(VIEW_W);
		expect(Math.max(...all.map((c) => c.y + c.size))).toBeCloseTo(PLOT_BOTTOM, 10);
	});

	it('agrees with the multiple the copy quotes', () => {
		expect(formatDerived('investmentToDonations', 'en')).toBe(String(multipleBlocks()));
	});
});
