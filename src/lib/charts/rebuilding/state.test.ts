import { describe, expect, it } from 'vitest';
import { rebuildingState, REBUILDING_STEPS, KINDS } from './state';
import { rebuildingLayout, VIEW_H, kmScale } from './layout';

describe('rebuildingState', () => {
	it('reveals one kind per step, in order', () => {
		for (let s = 0; s < KINDS.length; s++) {
			const st = rebuildingState(s);
			expect(st.focus).toEqual([KINDS[s]]);
			expect(st.revealed).toEqual(KINDS.slice(0, s + 1));
			expect(st.summary).toBe(false);
		}
	});

	it('ends on a summary with the rate and the parks', () => {
		const st = rebuildingState(REBUILDING_STEPS - 1);
		expect(st.summary).toBe(true);
		expect(st.focus).toEqual(['industrialParks', 'sewageTreatmentRate']);
		expect(st.revealed).toEqual([...KINDS, 'industrialParks', 'sewageTreatmentRate']);
	});

	it('has at least six steps', () => {
		expect(REBUILDING_STEPS).toBeGreaterThanOrEqual(6);
	});

	it('clamps before-first and past-last steps', () => {
		expect(rebuildingState(-1)).toEqual(rebuildingState(0));
		expect(rebuildingState(50)).toEqual(rebuildingState(REBUILDING_STEPS - 1));
	});
});

describe('rebuildingLayout', () => {
	const { groups, dividers } = rebuildingLayout();
	const byId = Object.fromEntries(groups.map((g) => [g.id, g]));

	it('draws one square per counted thing', () => {
		expect(byId.resettlementDocks?.marks).toHaveLength(44);
		expect(byId.drinkingWaterProjects?.marks).toHaveLength(118);
		expect(byId.sewageGarbagePlants?.marks).toHaveLength(20);
		expect(byId.supportFacilities?.marks).toHaveLength(553);
		expect(byId.industrialParks?.marks).toHaveLength(6);
	});

	it('draws km bars to one km scale', () => {
		const roads = byId.resettlementRoadsKm?.marks[0]?.w ?? 0;
		const sewers = byId.sewerPipesKm?.marks[0]?.w ?? 0;
		expect(roads / sewers).toBeCloseTo(158 / 143, 10);
		expect(kmScale().domain()).toEqual([0, 160]);
	});

	it('draws the rate to a 0-100 % track', () => {
		const rate = byId.sewageTreatmentRate;
		expect((rate?.marks[0]?.w ?? 0) / (rate?.track?.w ?? 1)).toBeCloseTo(0.86, 10);
	});

	it('rules off the km, count and percentage panels', () => {
		expect(dividers).toHaveLength(2);
		expect(dividers[0]).toBeLessThan(byId.resettlementDocks?.labelY ?? 0);
		expect(dividers[1]).toBeLessThan(byId.sewageTreatmentRate?.labelY ?? 0);
	});

	it('fits inside the drawing area', () => {
		const bottom = Math.max(...groups.flatMap((g) => g.marks.map((m) => m.y + m.h)));
		expect(bottom).toBeLessThanOrEqual(VIEW_H);
	});

	it('keeps squares square and the same size in every group', () => {
		const sizes = new Set(
			groups.filter((g) => g.kind === 'count').flatMap((g) => g.marks.map((m) => `${m.w}x${m.h}`))
		);
		expect(sizes.size).toBe(1);
	});
});
