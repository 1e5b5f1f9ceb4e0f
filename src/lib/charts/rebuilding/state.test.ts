import { describe, expect, it } from 'vitest';
import { rebuildingState, rowState, REBUILDING_STEPS, GROUP_IDS, STEP_GROUPS } from './state';
import { rebuildingLayout, VIEW_H, kmScale } from './layout';
import { rebuildingSpec } from './spec';

describe('rebuildingState', () => {
	it('groups the eight rows into four steps: km, the smaller counts, the facilities, parks and rate', () => {
		expect(REBUILDING_STEPS).toBe(4);
		expect(STEP_GROUPS.map((g) => [...g])).toEqual([
			['resettlementRoadsKm', 'sewerPipesKm'],
			['resettlementDocks', 'drinkingWaterProjects', 'sewageGarbagePlants'],
			['supportFacilities'],
			['industrialParks', 'sewageTreatmentRate']
		]);
		// Each row belongs to exactly one step.
		expect(new Set(GROUP_IDS).size).toBe(GROUP_IDS.length);
	});

	it('draws every row from step 0: lit, or a ghost waiting for its step', () => {
		const s = rebuildingState(0);
		const rows = GROUP_IDS.map((id) => rowState(id, s));
		expect(rows).toEqual(['focus', 'focus', 'ghost', 'ghost', 'ghost', 'ghost', 'ghost', 'ghost']);
	});

	it('lights one group per step and keeps the groups already read', () => {
		for (let i = 0; i < REBUILDING_STEPS; i++) {
			const s = rebuildingState(i);
			expect(s.focus).toEqual([...STEP_GROUPS[i]!]);
			expect(s.revealed).toEqual(STEP_GROUPS.slice(0, i + 1).flat());
			for (const id of STEP_GROUPS.slice(0, i).flat()) expect(rowState(id, s), id).toBe('read');
			for (const id of STEP_GROUPS.slice(i + 1).flat()) expect(rowState(id, s), id).toBe('ghost');
		}
	});

	it('rows stand in step order, so the light moves down the chart', () => {
		const { groups } = rebuildingLayout();
		expect(groups.map((g) => g.id)).toEqual([...GROUP_IDS]);
		const tops = groups.map((g) => g.labelY);
		expect([...tops].sort((a, b) => a - b)).toEqual(tops);
	});

	it('clamps before-first and past-last steps', () => {
		expect(rebuildingState(-1)).toEqual(rebuildingState(0));
		expect(rebuildingState(50)).toEqual(rebuildingState(REBUILDING_STEPS - 1));
	});

	it('describes every row read so far, all of them on the last step', () => {
		const copy = {
			ariaLead: 'Lead.',
			groups: Object.fromEntries(GROUP_IDS.map((id) => [id, id]))
		} as unknown as Parameters<typeof rebuildingSpec.describe>[1];
		expect(rebuildingSpec.describe(0, copy, 'en')).toBe(
			'Lead. resettlementRoadsKm: 158 km. sewerPipesKm: 143 km.'
		);
		const last = rebuildingSpec.describe(REBUILDING_STEPS - 1, copy, 'en');
		for (const id of GROUP_IDS) expect(last).toContain(`${id}:`);
		expect(last).toContain('86%');
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
