import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4';
import georgia from '@capsizecss/metrics/georgia';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import { fallbackOverrides } from './fallback';

const css = readFileSync('src/app.css', 'utf8');

/** Every @font-face block of app.css for one family, as property -> value. */
function faces(family: string): Record<string, string>[] {
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
		.map((m) =>
			Object.fromEntries(
				[...(m[1] ?? '').matchAll(/([\w-]+):\s*([^;]+);/g)].map((p) => [p[1], p[2]?.trim()])
			)
		)
		.filter((f) => f['font-family'] === `'${family}'`);
}

describe('the text serif’s metric-matched fallbacks', () => {
	it('scales Georgia and Times to Source Serif 4, in both weights', () => {
		for (const [family, metrics] of [
			['Source Serif 4 fallback Georgia', georgia],
			['Source Serif 4 fallback Times', timesNewRoman]
		] as const) {
			const want = fallbackOverrides(sourceSerif4, metrics);
			const found = faces(family);
			expect(found.map((f) => f['font-weight'])).toEqual(['400', '700']);
			for (const f of found) {
				expect(f['size-adjust']).toBe(`${want.sizeAdjust}%`);
				expect(f['ascent-override']).toBe(`${want.ascent}%`);
				expect(f['descent-override']).toBe(`${want.descent}%`);
				expect(f['line-gap-override']).toBe(`${want.lineGap}%`);
			}
		}
	});

	it('lists the fallbacks right after the serif in the English text stack', () => {
		const stack = /--font-serif:\s*([^;]+);/.exec(css)?.[1]?.replace(/\s+/g, ' ');
		expect(stack).toMatch(
			/^'Source Serif 4', 'Source Serif 4 fallback Georgia', 'Source Serif 4 fallback Times'/
		);
	});

	it('works out a known case by hand', () => {
		// Same font as its own fallback: no scaling, its own metrics.
		const same = { ascent: 800, descent: -200, lineGap: 100, unitsPerEm: 1000, xWidthAvg: 500 };
		expect(fallbackOverrides(same, same)).toEqual({
			sizeAdjust: 100,
			ascent: 80,
			descent: 20,
			lineGap: 10
		});
	});
});
