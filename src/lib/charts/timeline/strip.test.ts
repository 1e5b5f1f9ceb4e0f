import { describe, expect, it } from 'vitest';
import { EVENTS } from './events';
import { labelSpan, stripDots, stripGap, stripLabels, stripX } from './strip';

describe('the timeline strip', () => {
	it('puts 1992 at the left end and 2021 at the right, linearly', () => {
		expect(stripX(1992)).toBe(0);
		expect(stripX(2021)).toBe(100);
		// 17 empty years take 17 times one year's width.
		expect((stripX(2014) - stripX(1997)) / (stripX(2019) - stripX(2018))).toBeCloseTo(17, 9);
	});

	it('draws one dot per dated event, at its year, coloured by whose doing it was', () => {
		const dots = stripDots();
		expect(dots.map((d) => d.year)).toEqual(EVENTS.map((e) => e.year));
		for (const d of dots) expect(d.x).toBeCloseTo(((d.year - 1992) / 29) * 100, 9);
		expect(dots.filter((d) => d.zhejiang).map((d) => d.year)).toEqual([1992, 1994, 2014]);
	});

	it('shades exactly the stretch from 1997 to 2014, with no dot inside it', () => {
		const gap = stripGap();
		expect([gap.from, gap.to]).toEqual([1997, 2014]);
		expect(gap.x0).toBeCloseTo(stripX(1997), 9);
		expect(gap.x1).toBeCloseTo(stripX(2014), 9);
		const inside = stripDots().filter((d) => d.x > gap.x0 + 1e-9 && d.x < gap.x1 - 1e-9);
		expect(inside).toEqual([]);
	});

	it('names the two ends and the gap’s edges, each label on its own event’s dot', () => {
		const labels = stripLabels();
		expect(labels.map((l) => l.year)).toEqual([1992, 1997, 2014, 2021]);
		const dots = stripDots();
		for (const l of labels) {
			const dot = dots.find((d) => d.year === l.year);
			expect(dot, String(l.year)).toBeDefined();
			expect(l.x).toBe(dot!.x);
			// The label's box, at any width, holds its dot's x.
			for (const width of [280, 600]) {
				const span = labelSpan(l, width, 34, 5);
				const x = (dot!.x / 100) * width;
				expect(span.left, String(l.year)).toBeLessThanOrEqual(x);
				expect(span.right, String(l.year)).toBeGreaterThanOrEqual(x);
			}
		}
	});

	it('keeps the labels apart and inside the strip at a 320 px phone’s width', () => {
		// 288 px of strip, "2014" about 34 px wide in bold 13 px digits, dot radius 5 px.
		const spans = stripLabels().map((l) => labelSpan(l, 288, 34, 5));
		for (let i = 1; i < spans.length; i++) {
			expect(spans[i]!.left - spans[i - 1]!.right).toBeGreaterThan(4);
		}
		// Hanging back by the dot's radius only: the strip's margin is that radius.
		expect(spans[0]!.left).toBeGreaterThanOrEqual(-5);
		expect(spans.at(-1)!.right).toBeLessThanOrEqual(288 + 5);
	});
});
