import { describe, expect, it } from 'vitest';
import { fact } from '$lib/data';
import {
	formatFact,
	formatDerived,
	moneyParts,
	formatCount,
	moneyTick,
	spellCount
} from './number';
import { renderCopy, plainCopy } from './copy';

describe('formatFact, English', () => {
	it('turns 亿元 into billions of yuan', () => {
		expect(formatFact(fact('industrialOutput1997'), 'en')).toBe('4.05 billion yuan');
		expect(formatFact(fact('industrialOutput2020'), 'en')).toBe('174.2 billion yuan');
		expect(formatFact(fact('gdp1997'), 'en')).toBe('5.12 billion yuan');
		expect(formatFact(fact('tradeFundsInPlace'), 'en')).toBe('23.03 billion yuan');
	});

	it('uses millions below a billion', () => {
		expect(formatFact(fact('freeDonations'), 'en')).toBe('397 million yuan');
		expect(formatFact(fact('friendshipSchoolAid'), 'en')).toBe('12.65 million yuan');
		expect(formatFact(fact('healthAid'), 'en')).toBe('6.92 million yuan');
	});

	it('keeps floors as floors', () => {
		expect(formatFact(fact('fitnessLibraryFunds'), 'en')).toBe('more than 1.5 million yuan');
		expect(formatFact(fact('shuangxiResidents'), 'en')).toBe('more than 12,000');
		expect(formatFact(fact('shuangxiResidents'), 'en', { floorStyle: 'plus' })).toBe('12,000+');
		expect(formatFact(fact('wahahaMigrants'), 'en', { noun: true, floorStyle: 'plus' })).toBe(
			'1,200+ migrants'
		);
	});

	it('prints counts, km and percentages', () => {
		expect(formatFact(fact('resettlementDocks'), 'en', { noun: true })).toBe('44 docks');
		expect(formatFact(fact('resettlementRoadsKm'), 'en')).toBe('158 km');
		expect(formatFact(fact('sewageTreatmentRate'), 'en')).toBe('86%');
	});
});

describe('formatFact, Chinese', () => {
	it('keeps the page units', () => {
		expect(formatFact(fact('industrialOutput1997'), 'zh')).toBe('40.49亿元');
		expect(formatFact(fact('industrialOutput2020'), 'zh')).toBe('1742亿元');
		expect(formatFact(fact('healthAid'), 'zh')).toBe('691.5万元');
		expect(formatFact(fact('resettlementRoadsKm'), 'zh')).toBe('158公里');
	});

	it('writes floors with 余 and large counts in 万', () => {
		expect(formatFact(fact('shuangxiResidents'), 'zh')).toBe('1.2万余');
		expect(formatFact(fact('fitnessLibraryFunds'), 'zh')).toBe('150余万元');
		expect(formatFact(fact('resettlementDocks'), 'zh', { noun: true })).toBe('44座');
		expect(formatFact(fact('shuangxiMigrantShare'), 'zh')).toBe('30%以上');
		expect(formatCount(2061, 'zh')).toBe('2061');
	});
});

describe('spelled-out counts', () => {
	it('spells one to nine in English prose and leaves Chinese as digits', () => {
		expect(plainCopy('{industrialParks|words} parks', 'en')).toBe('six parks');
		expect(plainCopy('{libraries|words} libraries, {smartFactories|words}', 'en')).toBe(
			'three libraries, two'
		);
		expect(plainCopy('{industrialParks|words}个产业园', 'zh')).toBe('6个产业园');
	});

	it('keeps digits from ten up, and floors as floors', () => {
		expect(plainCopy('{schoolPairs|words}', 'en')).toBe('13');
		expect(plainCopy('{expansionFirms|words}', 'en')).toBe('more than 10');
		expect(plainCopy('{resettlementDocks|words}', 'en')).toBe('44');
		expect(spellCount(9, 'en')).toBe('nine');
		expect(spellCount(10, 'en')).toBe('10');
		expect(spellCount(2.5, 'en')).toBe('2.5');
		expect(spellCount(1200, 'en')).toBe('1,200');
	});

	it('gives Chinese numerals for fixed expressions with |hanzi', () => {
		expect(plainCopy('{leadingIndustries|hanzi}大主导产业', 'zh')).toBe('六大主导产业');
		expect(plainCopy('{leadingIndustries|hanzi} leading industries', 'en')).toBe(
			'six leading industries'
		);
		expect(spellCount(12000, 'zh')).toBe('1.2万');
	});

	it('changes no money, kilometre or percentage', () => {
		expect(plainCopy('{healthAid|words}', 'en')).toBe('6.92 million yuan');
		expect(plainCopy('{resettlementRoadsKm|words}', 'en')).toBe('158 km');
		expect(plainCopy('{sewageTreatmentRate|words}', 'en')).toBe('86%');
	});
});

describe('money parts and ticks', () => {
	it('splits number and unit for two-line labels', () => {
		expect(moneyParts(1742, '亿元', 'en')).toEqual({ num: '174.2', unit: 'billion yuan' });
		expect(moneyParts(1742, '亿元', 'zh')).toEqual({ num: '1742', unit: '亿元' });
		expect(moneyTick(500, 'en')).toBe('50');
		expect(moneyTick(500, 'zh')).toBe('500');
	});
});

describe('derived values', () => {
	it('prints multiples whole and rates to one decimal', () => {
		expect(formatDerived('outputMultiple', 'en')).toBe('43');
		expect(formatDerived('gdpMultiple', 'en')).toBe('24');
		expect(formatDerived('outputCagr', 'en')).toBe('17.8%');
		expect(formatDerived('gdpCagr', 'zh')).toBe('14.8%');
		// @ts-expect-error: an unknown id does not compile
		expect(() => formatDerived('nope', 'en')).toThrow();
	});
});

describe('renderCopy', () => {
	it('resolves figures and emphasis into segments', () => {
		expect(renderCopy('From {industrialOutput1997} to **{industrialOutput2020}**?', 'en')).toEqual([
			{ kind: 'text', text: 'From ' },
			{ kind: 'figure', id: 'industrialOutput1997', text: '4.05 billion yuan' },
			{ kind: 'text', text: ' to ' },
			{ kind: 'strong', text: '{industrialOutput2020}' },
			{ kind: 'text', text: '?' }
		]);
	});

	it('treats markup as text', () => {
		expect(plainCopy('<script>x</script> {resettlementDocks|noun}', 'en')).toBe(
			'<script>x</script> 44 docks'
		);
	});

	it('fails loudly on an unknown figure', () => {
		expect(() => renderCopy('{notAFigure}', 'en')).toThrow(/notAFigure/);
	});
});
