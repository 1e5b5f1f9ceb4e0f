// The two editions are written separately, so this is what keeps them the
// same story: every key, step and chart label in one exists in the other,
// every step quotes the same figures, and every token resolves.
import { describe, expect, it } from 'vitest';
import { en } from './en/index';
import { zh } from './zh/index';
import { renderCopy } from '$lib/format/copy';

type Json = string | number | boolean | null | undefined | Json[] | { [k: string]: Json };

/** Every leaf as [path, value], arrays by index. */
function leaves(node: Json, path = ''): [string, Json][] {
	if (Array.isArray(node)) return node.flatMap((n, i) => leaves(n, `${path}[${i}]`));
	if (node !== null && typeof node === 'object') {
		return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
	}
	return [[path, node]];
}

const enLeaves = new Map(leaves(en as unknown as Json));
const zhLeaves = new Map(leaves(zh as unknown as Json));

/** Templates filled by code, not copy tokens. */
const TEMPLATE_PATHS =
	/^(methods\.when\.|frame\.stepOf$|present\.(title|speakerTitle|slideOf|goTo)$|reader\.(data\.caption|chartNow)$)/;

function figureIds(text: string): string[] {
	return renderCopy(text, 'en')
		.flatMap((s) => (s.kind === 'figure' ? [s.id] : []))
		.toSorted();
}

describe('the two editions', () => {
	it('have the same keys, steps and labels', () => {
		expect([...zhLeaves.keys()].filter((k) => !enLeaves.has(k))).toEqual([]);
		expect([...enLeaves.keys()].filter((k) => !zhLeaves.has(k))).toEqual([]);
	});

	it('leave no string empty in one edition and written in the other', () => {
		const lopsided = [...enLeaves]
			.filter(([k, v]) => typeof v === 'string' && !v.trim() !== !String(zhLeaves.get(k)).trim())
			.map(([k]) => k);
		expect(lopsided).toEqual([]);
	});

	it('quote the same figures in each string', () => {
		const mismatched: string[] = [];
		for (const [path, v] of enLeaves) {
			const other = zhLeaves.get(path);
			if (typeof v !== 'string' || typeof other !== 'string' || TEMPLATE_PATHS.test(path)) continue;
			const a = figureIds(v);
			const b = figureIds(other);
			if (a.join() !== b.join()) mismatched.push(`${path}: en {${a}} zh {${b}}`);
		}
		expect(mismatched).toEqual([]);
	});

	it('are each in their own language', () => {
		expect(en.lang).toBe('en');
		expect(zh.lang).toBe('zh');
		// Chinese strings use full-width punctuation, not ASCII commas or stops.
		const ascii = [...zhLeaves]
			.filter(([, v]) => typeof v === 'string' && /[\u4e00-\u9fff][,.;:!?](?!\d)/.test(v))
			.map(([k]) => k);
		expect(ascii).toEqual([]);
	});
});
