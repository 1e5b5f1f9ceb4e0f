/**
 * Text for the share cards, set as outlines from fonts that ship in npm
 * packages, so the picture never depends on the fonts of the machine that
 * builds it. Fontsource splits each font into unicode-range subsets (about a
 * hundred for Chinese); per character we load the subset whose range holds
 * it, and a character no subset has fails the build, naming it, instead of
 * drawing a blank box.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

export type Family = 'serif' | 'sans';
export type Weight = 400 | 700;

/**
 * serif: Source Serif 4, the story's English text face. sans: Noto Sans SC,
 * for Chinese and for the card's chart labels (the story sets those in the
 * reader's sans). A character the serif lacks (Han in the English credit)
 * falls back to the sans.
 */
const PACKAGES: Record<Family, { pkg: string; prefix: string }> = {
	serif: { pkg: '@fontsource/source-serif-4', prefix: 'source-serif-4' },
	sans: { pkg: '@fontsource/noto-sans-sc', prefix: 'noto-sans-sc' }
};
const FALLBACK: Record<Family, Family[]> = { serif: ['serif', 'sans'], sans: ['sans'] };

const require = createRequire(import.meta.url);

/** A package's folder (its LICENSE is the one plain file every fontsource package exports). */
function packageDir(pkg: string): string {
	return dirname(require.resolve(`${pkg}/LICENSE`));
}

interface Subset {
	/** The file's middle part: 'latin', '119' (from the key "[119]"). */
	name: string;
	ranges: [number, number][];
}

/** 'U+0000-00FF,U+0131' as inclusive code point ranges. */
export function parseRanges(text: string): [number, number][] {
	return text.split(',').map((part) => {
		const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
		if (!m?.[1]) throw new Error(`unicode-range part "${part}" is not U+XXXX or U+XXXX-YYYY`);
		const from = parseInt(m[1], 16);
		return [from, m[2] ? parseInt(m[2], 16) : from];
	});
}

const subsetCache = new Map<Family, Subset[]>();
/** A family's subsets in the package's order (Noto Sans SC: the Chinese ones first). */
function subsets(family: Family): Subset[] {
	let list = subsetCache.get(family);
	if (!list) {
		const file = join(packageDir(PACKAGES[family].pkg), 'unicode.json');
		const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
		list = Object.entries(table).map(([key, ranges]) => ({
			name: key.replace(/^\[(.*)\]$/, '$1'),
			ranges: parseRanges(ranges)
		}));
		subsetCache.set(family, list);
	}
	return list;
}

const fontCache = new Map<string, fontkit.Font>();
function loadFont(family: Family, weight: Weight, subset: string): fontkit.Font {
	const { pkg, prefix } = PACKAGES[family];
	const file = join(packageDir(pkg), 'files', `${prefix}-${subset}-${weight}-normal.woff2`);
	let font = fontCache.get(file);
	if (!font) {
		const made = fontkit.create(readFileSync(file));
		if (!('layout' in made)) throw new Error(`${file} is a font collection, not one font`);
		font = made;
		fontCache.set(file, font);
	}
	return font;
}

/**
 * Which subsets to try first. Punctuation such as ’ — × is in both the
 * Latin and the Chinese subsets of Noto Sans SC, drawn full-width in the
 * Chinese ones: English text takes the Latin forms, Chinese the Chinese.
 */
function ordered(family: Family, lang: 'en' | 'zh'): Subset[] {
	const list = subsets(family);
	if (lang === 'zh') return list;
	const latin = (s: Subset) => (s.name === 'latin' ? 0 : s.name === 'latin-ext' ? 1 : 2);
	return [...list].sort((a, b) => latin(a) - latin(b));
}

/**
 * The face that draws `char` in text of `lang`: its family's subset that has
 * a real glyph for it (not glyph 0, .notdef), else a fallback family's.
 */
export function fontFor(
	family: Family,
	weight: Weight,
	char: string,
	lang: 'en' | 'zh' = 'en'
): fontkit.Font {
	const cp = char.codePointAt(0) ?? 0;
	for (const fam of FALLBACK[family]) {
		for (const subset of ordered(fam, lang)) {
			if (!subset.ranges.some(([a, b]) => cp >= a && cp <= b)) continue;
			const font = loadFont(fam, weight, subset.name);
			if (font.glyphForCodePoint(cp).id !== 0) return font;
		}
	}
	const hex = cp.toString(16).toUpperCase().padStart(4, '0');
	throw new Error(
		`Share card: no font has a glyph for "${char}" (U+${hex}) in ${FALLBACK[family].join(' or ')} ${weight}`
	);
}

export interface TextStyle {
	family: Family;
	weight: Weight;
	/** Font size in pixels. */
	size: number;
	/** Extra space after every character, in pixels (tracking). */
	tracking?: number;
	/** The text's language, for the forms of shared punctuation (default English). */
	lang?: 'en' | 'zh';
}

/** One glyph outline placed on a baseline at x = 0, y = 0 (y grows downward). */
export interface PlacedGlyph {
	id: number;
	char: string;
	/** Pixel offset of the glyph origin along the line. */
	x: number;
	font: fontkit.Font;
	glyph: fontkit.Glyph;
	scale: number;
}

export interface ShapedLine {
	text: string;
	width: number;
	glyphs: PlacedGlyph[];
	/** The primary face's ascent and descent at this size (descent positive, below the baseline). */
	ascent: number;
	descent: number;
}

/**
 * Sets one line: splits it into runs of characters that share a face, lets
 * fontkit shape each run (kerning, ligatures), and strings the runs together.
 */
export function shape(text: string, style: TextStyle): ShapedLine {
	const chars = [...text];
	const runs: { font: fontkit.Font; text: string }[] = [];
	for (const char of chars) {
		const font = fontFor(style.family, style.weight, char, style.lang);
		const last = runs.at(-1);
		if (last && last.font === font) last.text += char;
		else runs.push({ font, text: char });
	}
	const glyphs: PlacedGlyph[] = [];
	let x = 0;
	for (const run of runs) {
		const scale = style.size / run.font.unitsPerEm;
		const shaped = run.font.layout(run.text);
		shaped.glyphs.forEach((glyph, i) => {
			const pos = shaped.positions[i];
			if (glyph.id === 0) {
				throw new Error(
					`Share card: "${run.text}" shaped to a missing glyph in ${run.font.familyName}`
				);
			}
			glyphs.push({
				id: glyph.id,
				char: String.fromCodePoint(...glyph.codePoints),
				x: x + (pos?.xOffset ?? 0) * scale,
				font: run.font,
				glyph,
				scale
			});
			x += (pos?.xAdvance ?? glyph.advanceWidth) * scale + (style.tracking ?? 0);
		});
	}
	if (style.tracking && glyphs.length) x -= style.tracking;
	const primary = fontFor(style.family, style.weight, 'a');
	const em = style.size / primary.unitsPerEm;
	return {
		text,
		width: x,
		glyphs,
		ascent: primary.ascent * em,
		descent: -primary.descent * em
	};
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The line's outlines as SVG path data, with its baseline's start at (x, y). */
export function pathData(line: ShapedLine, x: number, y: number): string {
	const parts: string[] = [];
	for (const g of line.glyphs) {
		const ox = x + g.x;
		const s = g.scale;
		for (const { command, args } of g.glyph.path.commands) {
			const pts: string[] = [];
			for (let i = 0; i + 1 < args.length; i += 2) {
				pts.push(`${round(ox + (args[i] ?? 0) * s)} ${round(y - (args[i + 1] ?? 0) * s)}`);
			}
			const op = {
				moveTo: 'M',
				lineTo: 'L',
				quadraticCurveTo: 'Q',
				bezierCurveTo: 'C',
				closePath: 'Z'
			}[command];
			parts.push(op + pts.join(' '));
		}
	}
	return parts.join('');
}

/** The ink box of a line set at (x, y), from its glyphs' outlines: what must stay inside the card. */
export function inkBox(
	line: ShapedLine,
	x: number,
	y: number
): { left: number; top: number; right: number; bottom: number } | undefined {
	let box: { left: number; top: number; right: number; bottom: number } | undefined;
	for (const g of line.glyphs) {
		const b = g.glyph.bbox;
		if (!Number.isFinite(b.minX) || b.maxX <= b.minX) continue; // a space
		const left = x + g.x + b.minX * g.scale;
		const right = x + g.x + b.maxX * g.scale;
		const top = y - b.maxY * g.scale;
		const bottom = y - b.minY * g.scale;
		box = box
			? {
					left: Math.min(box.left, left),
					top: Math.min(box.top, top),
					right: Math.max(box.right, right),
					bottom: Math.max(box.bottom, bottom)
				}
			: { left, top, right, bottom };
	}
	return box;
}
