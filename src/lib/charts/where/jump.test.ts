import { describe, expect, it } from 'vitest';
import { val } from '$lib/data';
import { DERIVED } from '$lib/data/derive';
import { JUMP_FACTS, areaSquares, jumpSquares } from './jump';

describe('the output jump squares', () => {
	it('draws 1997 and 2020, earlier first, from the data', () => {
		const [early, late] = jumpSquares();
		expect(JUMP_FACTS).toEqual(['industrialOutput1997', 'industrialOutput2020']);
		expect(early!.value).toBe(val('industrialOutput1997'));
		expect(late!.value).toBe(val('industrialOutput2020'));
		expect([early!.year, late!.year]).toEqual([1997, 2020]);
	});

	it('gives the larger square side 1 and sizes both by area, so areas stand in the data’s ratio', () => {
		const [early, late] = jumpSquares();
		expect(late!.side).toBe(1);
		expect(late!.side ** 2 / early!.side ** 2).toBeCloseTo(DERIVED.outputMultiple.value, 9);
		// Not by side: that would make the jump look about 6.6 times, not 43.
		expect(late!.side / early!.side).toBeLessThan(DERIVED.outputMultiple.value / 5);
	});

	it('takes the largest of any order as the unit', () => {
		const [a, b] = areaSquares(['industrialOutput2020', 'industrialOutput1997']);
		expect(a!.side).toBe(1);
		expect(b!.side).toBeCloseTo(
			Math.sqrt(val('industrialOutput1997') / val('industrialOutput2020'))
		);
	});
});
