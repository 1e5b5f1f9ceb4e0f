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

	// An embed's frame is as tall as its content: anything sized from the
	// frame's height grows the frame without end. One token, --view-h (app.css),
	// holds the window height, and an embed replaces it with a fixed stand-in.
	it('size from the window height only through --view-h', () => {
		const viewportUnit = /\d+(\.\d+)?(s|d|l)?vh\b/g;
		const uses = styled.flatMap((f) =>
			(readFileSync(f, 'utf8').match(viewportUnit) ?? []).map((u) => `${f}: ${u}`)
		);
		expect(uses).toEqual(['src/app.css: 100svh']);
		const css = readFileSync('src/app.css', 'utf8');
		expect(css).toMatch(/--view-h: 100svh;/);
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
