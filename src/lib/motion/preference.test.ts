import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MOTION_KEY, MOTION_OFF_ATTR, motion } from './preference';
import { duration } from '$lib/charts/shared/motion';

describe('the animation switch', () => {
	afterEach(() => motion.setUserOff(false));

	it('turns every tween off, and back on', () => {
		expect(duration(800)).toBe(800);
		motion.setUserOff(true);
		expect(motion.reduced).toBe(true);
		expect(duration(800)).toBe(0);
		motion.setUserOff(false);
		expect(duration(800)).toBe(800);
	});

	it('is set before the first paint by the inline script in app.html, with the same key', () => {
		const html = readFileSync('src/app.html', 'utf8');
		const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
		expect(script).toContain(`localStorage.getItem('${MOTION_KEY}') === 'off'`);
		expect(script).toContain(`setAttribute('${MOTION_OFF_ATTR}', '')`);
	});

	it('gets the reduced-motion rule in app.css', () => {
		const css = readFileSync('src/app.css', 'utf8');
		expect(css).toContain(`html[${MOTION_OFF_ATTR}] *,`);
		expect(css).toMatch(
			/html\[data-motion-off\] \*::after \{\s*transition: none !important;\s*animation: none !important;/
		);
	});
});
