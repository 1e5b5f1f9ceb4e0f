import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from '$lib/data';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

describe('styles', () => {
	const styled = files('src').filter((f) => /\.(svelte|css)$/.test(f));

	it('never size layout in plain vh, which mobile browser bars break', () => {
		const offenders = styled.filter((f) => /\d(\.\d+)?vh\b/.test(readFileSync(f, 'utf8')));
		expect(offenders).toEqual([]);
	});

	it('load nothing from another host', () => {
		const offenders = styled.filter((f) =>
			/url\(\s*['"]?https?:|@import\s+['"]?https?:/.test(readFileSync(f, 'utf8'))
		);
		expect(offenders).toEqual([]);
	});
});

describe('the methods table labels', () => {
	it('set apostrophes as typographers do (’), never the typewriter one', () => {
		const straight = FACTS.filter((f) => f.label.en.includes("'")).map((f) => f.id);
		expect(straight).toEqual([]);
		// The test can fail: the labels it reads do hold possessives.
		expect(FACTS.some((f) => f.label.en.includes('’s'))).toBe(true);
	});
});
