import { describe, expect, it } from 'vitest';
import { figureParts } from './breaks';

describe('figureParts', () => {
	it('keeps an English number with its unit, after a floor that may break', () => {
		expect(figureParts('174.2 billion yuan', 'en')).toEqual({
			lead: '',
			runs: ['174.2 billion yuan']
		});
		expect(figureParts('more than 1.5 million yuan', 'en')).toEqual({
			lead: 'more than ',
			runs: ['1.5 million yuan']
		});
	});

	it('lets Chinese break between the number and its unit, never inside the unit', () => {
		expect(figureParts('1742亿元', 'zh')).toEqual({ lead: '', runs: ['1742', '亿元'] });
		expect(figureParts('1.2万余人', 'zh')).toEqual({ lead: '', runs: ['1.2', '万余人'] });
		expect(figureParts('43', 'zh')).toEqual({ lead: '', runs: ['43'] });
	});
});
