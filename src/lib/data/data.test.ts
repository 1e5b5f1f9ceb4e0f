import { describe, expect, it } from 'vitest';
import { FACTS, fact, type FactId } from './index';
import { RAW_FACTS } from './facts';
import { parseFacts, FactValidationError } from './schema';
import { cagr, multiple, outputGrowth, gdpGrowth, DERIVED } from './derive';

/** FACTS.md's tables, id -> value: the check that nothing was mistyped on copying. */
// Keyed by FactId: every entry must name a real figure, checked by the compiler.
const FACTS_MD: Record<FactId, [number, string, boolean?]> = {
	industrialOutput1997: [40.49, '亿元'],
	industrialOutput2020: [1742, '亿元'],
	gdp1997: [51.2, '亿元'],
	gdp2020: [1225, '亿元'],
	resettlementRoadsKm: [158, 'km'],
	resettlementDocks: [44, 'count'],
	drinkingWaterProjects: [118, 'count'],
	sewageGarbagePlants: [20, 'count'],
	sewerPipesKm: [143, 'km'],
	supportFacilities: [553, 'count'],
	industrialParks: [6, 'count'],
	sewageTreatmentRate: [86, '%'],
	resettlementCommunityAid: [7534, '万元'],
	freeDonations: [3.97, '亿元'],
	publicWelfareProjects: [993, 'count'],
	tradeProjects: [107, 'count'],
	tradeFundsInPlace: [230.31, '亿元'],
	zhejiangFirms: [35, 'count'],
	fulingFirms: [42, 'count'],
	expansionFirms: [10, 'count', true],
	smartFactories: [2, 'count'],
	digitalWorkshops: [5, 'count'],
	top100Firms2021: [6, 'count'],
	friendshipSchoolAid: [1265, '万元'],
	schoolHonors: [20, 'count'],
	schoolPairs: [13, 'count'],
	healthAid: [691.5, '万元'],
	healthInstitutions: [29, 'count'],
	medicsTrained: [120, 'count'],
	nursingHomeFunds: [1365, '万元'],
	nursingHomes: [39, 'count'],
	communityCentreFunds: [1692, '万元'],
	communityCentres: [43, 'count'],
	fitnessLibraryFunds: [150, '万元', true],
	fitnessSites: [5, 'count'],
	libraries: [3, 'count'],
	provincialLeaders: [20, 'count', true],
	provincialDeptLeaders: [80, 'count', true],
	cityCountyLeaders: [40, 'count', true],
	onSiteDonations: [2500, '万元', true],
	fulingDelegations: [262, 'count'],
	fulingVisitors: [2061, 'count'],
	secondedCadres: [533, 'count'],
	exchangeVisits: [3000, 'count', true],
	cooperationProjects: [60, 'count'],
	peopleTrained: [2000, 'count', true],
	cadresStudied2020: [237, 'count'],
	plannedTrainees: [100, 'count'],
	shuangxiResidents: [12000, 'count', true],
	shuangxiMigrantShare: [30, '%', true],
	wahahaMigrants: [1200, 'count', true],
	wahahaFactories: [3, 'count'],
	leadingIndustries: [6, 'count']
};

describe('the data module', () => {
	it('holds every figure of FACTS.md with its value, unit and floor flag', () => {
		for (const [id, [value, unit, floor = false]] of Object.entries(FACTS_MD)) {
			const f = fact(id as FactId);
			expect(f.value, id).toBe(value);
			expect(f.unit, id).toBe(unit);
			expect(f.floor, id).toBe(floor);
		}
		expect(FACTS.map((f) => f.id).sort()).toEqual(Object.keys(FACTS_MD).sort());
	});

	it('gives every figure both labels and the source wording', () => {
		for (const f of FACTS) {
			expect(f.label.en.length, f.id).toBeGreaterThan(3);
			expect(f.label.zh, f.id).toMatch(/[\u4e00-\u9fff]/);
			expect(f.source, f.id).toMatch(/[\u4e00-\u9fff]/);
		}
	});

	it('quotes a source that contains the figure itself', () => {
		const zhDigits: Record<string, string> = {
			shuangxiResidents: '1.2万',
			shuangxiMigrantShare: '三成'
		};
		for (const f of FACTS) {
			expect(f.source.replace(/\s/g, ''), f.id).toContain(
				zhDigits[f.id] ?? (f.id === 'leadingIndustries' ? '六大' : String(f.value))
			);
		}
	});

	it('passes the figures through unchanged, so the browser may skip the check', () => {
		// index.ts hands the browser RAW_FACTS as they are: validation must not
		// trim, default or reshape anything, or the browser would draw other numbers.
		expect(parseFacts(RAW_FACTS)).toEqual(RAW_FACTS);
	});

	it('throws naming the entry and field for a malformed figure', () => {
		const bad = RAW_FACTS.map((f) => (f.id === 'resettlementDocks' ? { ...f, value: -44 } : f));
		expect(() => parseFacts(bad)).toThrow(FactValidationError);
		expect(() => parseFacts(bad)).toThrow(/"resettlementDocks".*field "value"/);
	});

	it('names a wrong unit, a missing label and a missing noun', () => {
		const withUnit = RAW_FACTS.map((f) => (f.id === 'gdp1997' ? { ...f, unit: 'yuan' } : f));
		expect(() => parseFacts(withUnit)).toThrow(/"gdp1997".*field "unit"/);
		const noZh = RAW_FACTS.map((f) =>
			f.id === 'libraries' ? { ...f, label: { en: 'Libraries', zh: '' } } : f
		);
		expect(() => parseFacts(noZh)).toThrow(/"libraries".*field "label\.zh"/);
		const noNoun = RAW_FACTS.map((f) => (f.id === 'schoolPairs' ? { ...f, noun: undefined } : f));
		expect(() => parseFacts(noNoun)).toThrow(/"schoolPairs".*field "noun"/);
	});

	it('rejects duplicate ids and a string where a number belongs', () => {
		expect(() => parseFacts([...RAW_FACTS, RAW_FACTS[0]])).toThrow(/duplicate id/);
		const str = RAW_FACTS.map((f) => (f.id === 'gdp2020' ? { ...f, value: '1225' } : f));
		expect(() => parseFacts(str)).toThrow(/"gdp2020".*field "value"/);
	});
});

describe('derived figures', () => {
	it('output grew 43.02-fold, 17.77 % a year over 23 years', () => {
		expect(outputGrowth.years).toBe(23);
		expect(outputGrowth.multiple.toFixed(2)).toBe('43.02');
		expect((outputGrowth.cagr * 100).toFixed(2)).toBe('17.77');
	});

	it('GDP grew 23.93-fold, 14.80 % a year', () => {
		expect(gdpGrowth.multiple.toFixed(2)).toBe('23.93');
		expect((gdpGrowth.cagr * 100).toFixed(2)).toBe('14.80');
	});

	it('compounds back to the end value', () => {
		expect(40.49 * Math.pow(1 + cagr(40.49, 1742, 23), 23)).toBeCloseTo(1742, 8);
		expect(multiple(2, 6)).toBe(3);
		expect(() => multiple(0, 6)).toThrow(RangeError);
		expect(() => cagr(1, 2, 0)).toThrow(RangeError);
	});

	it('counts 29 years and 43 whole blocks', () => {
		expect(DERIVED.partnershipYears?.value).toBe(29);
		expect(DERIVED.outputBlocks?.value).toBe(43);
		expect(DERIVED.investmentToDonations?.value.toFixed(0)).toBe('58');
	});
});
