import { describe, expect, it } from 'vitest';
import { val } from '$lib/data';
import { en } from '$content/en';
import { zh } from '$content/zh';
import { STAT_IDS, statFigure } from './panel';

describe('statFigure', () => {
	it('keeps the floor on "more than 10" firms', () => {
		expect(statFigure('expansionFirms', 'en')).toBe('10+');
		expect(statFigure('expansionFirms', 'zh')).toBe('10余家');
	});

	it('prints exact counts plainly, with the Chinese measure word', () => {
		expect(statFigure('smartFactories', 'en')).toBe('2');
		expect(statFigure('digitalWorkshops', 'zh')).toBe('5个');
		expect(statFigure('top100Firms2021', 'zh')).toBe('6家');
	});
});

describe('industry panel copy', () => {
	it('names one tile per leading industry the page counts, in both editions', () => {
		expect(en.industry.panel.industries).toHaveLength(val('leadingIndustries'));
		expect(zh.industry.panel.industries).toHaveLength(val('leadingIndustries'));
	});

	it('labels every stat in both editions', () => {
		for (const id of STAT_IDS) {
			expect(en.industry.panel.stats[id]).not.toBe('');
			expect(zh.industry.panel.stats[id]).not.toBe('');
		}
	});
});
