// The files of a build folder (build/, build-subpath/), found by walking it,
// so pages added later are covered by the specs that read them.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file of the build, as paths from its root ('/zh/index.html'), sorted.
 * The precompressed copies (index.html.br, .gz: adapter-static's precompress)
 * are left out: no URL names them, a host sends one in place of its original.
 */
export function builtFiles(dir: string): string[] {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')}`);
	const all = new Set(files);
	return files.filter((f) => !/\.(br|gz)$/.test(f) || !all.has(f.replace(/\.(br|gz)$/, ''))).sort();
}

/** The URL path a static host serves an HTML file at: /zh/index.html at /zh/, /404.html at /404.html. */
export function pagePath(file: string): string {
	return file.replace(/index\.html$/, '');
}
