import { describe as group, expect, it } from 'vitest';
import { val } from '$lib/data';
import { en } from '$content/en';
import { zh } from '$content/zh';
import { COUNT_IDS, LIVELIHOODS_STEPS, ROW_IDS, ROWS, livelihoodsState } from './state';
import { livelihoodsSpec } from './spec';
import {
	COLS,
	LIVELIHOODS_ASPECT,
	MARKS_X,
	MONEY_LINE_H,
	MONEY_W,
	VIEW_H,
	VIEW_W,
	livelihoodsLayout,
	moneyScale,
	moneyTicks,
	labelledTicks,
	rowRules
} from './layout';
import { describe, moneyLabel, tickLabel } from './labels';

group('livelihoodsState', () => {
	it('brings one area into focus per step, in row order, and dims the rest', () => {
		ROW_IDS.forEach((id, s) => {
			const st = livelihoodsState(s);
			expect(st.focus).toEqual([id]);
			expect(st.dimmed).toEqual(ROW_IDS.filter((r) => r !== id));
			expect(st.summary).toBe(false);
		});
	});

	it('closes on all rows in focus', () => {
		const st = livelihoodsState(LIVELIHOODS_STEPS - 1);
		expect(st).toEqual({ focus: ROW_IDS, dimmed: [], summary: true });
	});

	it('has one step per area plus the closing step', () => {
		expect(ROW_IDS).toEqual(['school', 'health', 'elderly', 'community', 'fitness']);
		expect(LIVELIHOODS_STEPS).toBe(6);
	});

	it('opens and rests on the overview: every row in focus, none dimmed', () => {
		for (const step of [livelihoodsSpec.entryStep, livelihoodsSpec.restStep]) {
			expect(livelihoodsState(step)).toEqual({ focus: ROW_IDS, dimmed: [], summary: true });
		}
	});

	it('clamps NaN and past-last steps to real states', () => {
		expect(livelihoodsState(Number.NaN)).toEqual(livelihoodsState(0));
		expect(livelihoodsState(99)).toEqual(livelihoodsState(LIVELIHOODS_STEPS - 1));
		expect(livelihoodsState(2.7)).toEqual(livelihoodsState(2));
	});

	it('pairs each area with its own figures', () => {
		expect(ROWS.map((r) => r.money)).toEqual([
			'friendshipSchoolAid',
			'healthAid',
			'nursingHomeFunds',
			'communityCentreFunds',
			'fitnessLibraryFunds'
		]);
		expect(COUNT_IDS).toEqual([
			'schoolHonors',
			'schoolPairs',
			'healthInstitutions',
			'medicsTrained',
			'nursingHomes',
			'communityCentres',
			'fitnessSites',
			'libraries'
		]);
	});
});

group('money scale', () => {
	it('is one 0-1700 万元 domain for every row, fitting the largest sum', () => {
		expect(moneyScale().domain()).toEqual([0, 1700]);
		expect(moneyScale().range()).toEqual([0, MONEY_W]);
	});

	it('notches every 500 万元 (5 million yuan) and labels every notch', () => {
		expect(moneyTicks().map((t) => t.value)).toEqual([0, 500, 1000, 1500]);
		expect(moneyTicks()[1]?.x).toBeCloseTo((500 / 1700) * MONEY_W, 10);
		expect(labelledTicks()).toEqual(moneyTicks());
	});

	it('puts a rule in the middle of every gap between rows, none above the first', () => {
		const rows = livelihoodsLayout();
		const rules = rowRules();
		expect(rules).toHaveLength(rows.length - 1);
		for (const [i, y] of rules.entries()) {
			const above = rows[i]!;
			const below = rows[i + 1]!;
			expect(y).toBeGreaterThan(above.y + above.h);
			expect(y).toBeLessThan(below.y);
			expect(y - (above.y + above.h)).toBeCloseTo(below.y - y, 10);
		}
	});

	it('labels ticks through the formatter, with the unit on the last', () => {
		expect(tickLabel(500, 'en', false)).toBe('5');
		expect(tickLabel(1500, 'en', true)).toBe('15 million yuan');
		expect(tickLabel(1000, 'zh', false)).toBe('1000');
		expect(tickLabel(1500, 'zh', true)).toBe('1500万元');
	});
});

group('livelihoodsLayout', () => {
	const rows = livelihoodsLayout();
	const byId = Object.fromEntries(rows.map((r) => [r.id, r]));

	it('draws money bars in the ratio of the figures on the shared scale', () => {
		const school = byId.school!.bar.w;
		for (const r of rows) {
			expect(r.bar.w / school).toBeCloseTo(val(r.money) / 1265, 10);
			expect(r.track.w).toBe(MONEY_W);
			expect(r.bar.x).toBe(0);
		}
	});

	it('draws one mark per counted thing', () => {
		const counts = Object.fromEntries(
			rows.flatMap((r) => r.counts.map((g) => [g.id, g.marks.length]))
		);
		expect(counts).toEqual({
			schoolHonors: 20,
			schoolPairs: 13,
			healthInstitutions: 29,
			medicsTrained: 120,
			nursingHomes: 39,
			communityCentres: 43,
			fitnessSites: 5,
			libraries: 3
		});
	});

	it('marks the floor figure, and only it, with a fade past its end', () => {
		expect(rows.filter((r) => r.floor).map((r) => r.id)).toEqual(['fitness']);
		const f = byId.fitness!;
		expect(f.floor!.x).toBeCloseTo(f.bar.x + f.bar.w, 10);
	});

	it('uses squares for things built and dots for the rest', () => {
		const kinds = Object.fromEntries(rows.flatMap((r) => r.counts.map((g) => [g.id, g.mark])));
		expect(kinds.medicsTrained).toBe('dot');
		expect(kinds.schoolHonors).toBe('dot');
		expect(kinds.nursingHomes).toBe('square');
		expect(kinds.libraries).toBe('square');
	});

	it('keeps every mark the same size, inside its column and the drawing', () => {
		const marks = rows.flatMap((r) => r.counts.flatMap((g) => g.marks));
		expect(new Set(marks.map((m) => m.size)).size).toBe(1);
		for (const m of marks) {
			expect(m.x).toBeGreaterThanOrEqual(MARKS_X);
			expect(m.x + m.size).toBeLessThanOrEqual(VIEW_W + 1e-9);
			expect(m.y + m.size).toBeLessThanOrEqual(VIEW_H);
		}
		expect(Math.max(...rows.map((r) => r.bar.w))).toBeLessThan(MARKS_X);
		expect(COLS).toBeGreaterThan(0);
	});

	it('stacks rows without overlap, each holding its own marks and labels', () => {
		rows.slice(1).forEach((r, i) => {
			const above = rows[i]!;
			expect(r.y).toBeGreaterThan(above.y + above.h);
		});
		for (const r of rows) {
			const bottom = r.y + r.h;
			expect(r.moneyLabelY).toBeLessThan(bottom);
			for (const g of r.counts) {
				expect(g.labelY).toBeGreaterThanOrEqual(r.y);
				for (const m of g.marks) expect(m.y + m.size).toBeLessThanOrEqual(bottom + 1e-9);
			}
		}
		// The floor row keeps a second line for "more than 1.5 / million yuan".
		const fit = byId.fitness!;
		expect(fit.y + fit.h - fit.moneyLabelY).toBeCloseTo(2 * MONEY_LINE_H, 10);
		expect(byId.elderly!.y + byId.elderly!.h - byId.elderly!.moneyLabelY).toBeCloseTo(
			MONEY_LINE_H,
			10
		);
		expect(rows.at(-1)!.y + rows.at(-1)!.h).toBeCloseTo(VIEW_H, 10);
	});

	it('is short enough to sit above the text on a phone', () => {
		expect(LIVELIHOODS_ASPECT).toBeCloseTo(VIEW_W / VIEW_H, 10);
		// 0.91 at the story's one square (29 institutions and 120 medics take a
		// line more than at the old, smaller square); tests/e2e/layout.spec.ts
		// checks the real fit above the step text at 320×568 and 568×320.
		expect(LIVELIHOODS_ASPECT).toBeGreaterThan(0.9);
	});
});

group('labels', () => {
	it('sets money as the formatter writes it, floors included', () => {
		expect(moneyLabel('friendshipSchoolAid', 'en')).toEqual({
			head: '12.65',
			unit: 'million yuan'
		});
		expect(moneyLabel('healthAid', 'en')).toEqual({ head: '6.92', unit: 'million yuan' });
		expect(moneyLabel('fitnessLibraryFunds', 'en')).toEqual({
			head: 'more than 1.5',
			unit: 'million yuan'
		});
		expect(moneyLabel('friendshipSchoolAid', 'zh')).toEqual({ head: '1265万元', unit: '' });
		expect(moneyLabel('fitnessLibraryFunds', 'zh')).toEqual({ head: '150余万元', unit: '' });
	});

	it('describes the focused row for screen readers, and every row at the close', () => {
		const school = describe(livelihoodsState(0), en.livelihoods.chart, 'en');
		expect(school).toContain('Schools: 12.65 million yuan; 20 honours won; 13 school pairings.');
		expect(school).not.toContain('Health');
		const all = describe(livelihoodsState(5), en.livelihoods.chart, 'en');
		expect(all).toContain(
			'Fitness, libraries: more than 1.5 million yuan; 5 fitness sites; 3 libraries.'
		);
		expect(all).toContain('Communities: 16.92 million yuan; 43 service centres.');
		const zhFit = describe(livelihoodsState(4), zh.livelihoods.chart, 'zh');
		expect(zhFit).toContain('健身与图书馆：150余万元；健身场所设施5个；图书馆3个。');
	});

	it('gives every step its own description', () => {
		for (const copy of [en, zh]) {
			const all = Array.from({ length: LIVELIHOODS_STEPS }, (_, s) =>
				describe(livelihoodsState(s), copy.livelihoods.chart, copy.lang)
			);
			expect(new Set(all).size).toBe(LIVELIHOODS_STEPS);
		}
	});
});

group('copy', () => {
	it('has one step per state in both editions, and the same keys', () => {
		for (const copy of [en, zh]) {
			expect(copy.livelihoods.steps).toHaveLength(LIVELIHOODS_STEPS);
			expect(Object.keys(copy.livelihoods.chart.rows)).toEqual(ROW_IDS);
			expect(Object.keys(copy.livelihoods.chart.marks)).toEqual(COUNT_IDS);
		}
		expect(zh.livelihoods.chart.notes).toHaveLength(en.livelihoods.chart.notes.length);
		expect(zh.livelihoods.paragraphs).toHaveLength(en.livelihoods.paragraphs.length);
	});

	it('types no digits: every number is a token (years aside)', () => {
		for (const copy of [en, zh]) {
			const text = JSON.stringify(copy.livelihoods)
				.replace(/\{[A-Za-z0-9|]+\}/g, '')
				.replace(/\b(1992|1994|1997|2014|2018|2019|2020|2021)\b/g, '');
			expect(text).not.toMatch(/\d/);
		}
	});

	it('never uses the cut-off awards figure', () => {
		expect(JSON.stringify([en.livelihoods, zh.livelihoods])).not.toContain('172');
	});
});
