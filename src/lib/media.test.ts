import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS } from './media';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const styled = files('src').filter((f) => /\.(svelte|css)$/.test(f));

describe('breakpoints', () => {
	it('every @media rule on a layout width spells a breakpoint from media.ts', () => {
		const stray: string[] = [];
		for (const f of styled) {
			for (const [, query] of readFileSync(f, 'utf8').matchAll(/@media\s+([^{]+)\{/g)) {
				const q = query!.trim();
				if (
					/min-width:\s*(56|30|64)rem/.test(q) &&
					!(BREAKPOINTS as readonly string[]).includes(q)
				) {
					stray.push(`${f}: ${q}`);
				}
			}
		}
		expect(stray).toEqual([]);
	});

	it('no script matches a breakpoint of its own', () => {
		const scripts = files('src').filter((f) => /\.(svelte|ts)$/.test(f) && !f.endsWith('media.ts'));
		const stray = scripts.filter((f) =>
			/matchMedia\(\s*['"`]\(min-width/.test(readFileSync(f, 'utf8'))
		);
		expect(stray).toEqual([]);
	});
});

describe('reduced motion', () => {
	it('is handled once, in app.css, not per component', () => {
		const own = styled.filter(
			(f) => !f.endsWith('app.css') && /prefers-reduced-motion/.test(readFileSync(f, 'utf8'))
		);
		expect(own).toEqual([]);
	});
});
