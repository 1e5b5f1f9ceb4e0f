/**
 * Copy is plain text with two marks a journalist can type:
 *   {factId} or {factId|noun} or {factId|plus}: a figure from the data module;
 *   {factId|words}: a count from one to nine spelled out in English prose
 *     ("six"), digits in Chinese; {factId|hanzi}: the Chinese numeral for fixed
 *     expressions (六大), English as |words;
 *   {derivedId}: a derived value (see data/derive.ts);
 *   **words**: emphasis.
 * It becomes a list of segments the Rich component renders as text nodes,
 * so nothing in the copy can inject markup.
 */
import type { Lang } from '$lib/i18n';
import { fact, isFactId } from '$lib/data';
import { isDerivedId } from '$lib/data/derive';
import { formatDerived, formatFact, type FactFormatOptions } from './number';

export type Segment =
	| { kind: 'text'; text: string }
	| { kind: 'strong'; text: string }
	| { kind: 'figure'; text: string; id: string };

const TOKEN = /\{([A-Za-z0-9]+)(?:\|(noun|plus|words|hanzi))?\}|\*\*([^*]+)\*\*/g;

function figure(id: string, mod: string | undefined, lang: Lang): string {
	if (isFactId(id)) {
		const opts: FactFormatOptions = {
			noun: mod === 'noun',
			floorStyle: mod === 'plus' ? 'plus' : 'words',
			spell: mod === 'words' ? 'en' : mod === 'hanzi' ? 'zh' : undefined
		};
		return formatFact(fact(id), lang, opts);
	}
	if (isDerivedId(id)) return formatDerived(id, lang);
	throw new Error(`Copy refers to unknown figure "{${id}}"`);
}

/** Splits one copy string into segments; throws on an unknown figure id. */
export function renderCopy(text: string, lang: Lang): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const m of text.matchAll(TOKEN)) {
		const at = m.index ?? 0;
		if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
		if (m[1]) out.push({ kind: 'figure', id: m[1], text: figure(m[1], m[2], lang) });
		else if (m[3]) out.push({ kind: 'strong', text: m[3] });
		last = at + m[0].length;
	}
	if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
	return out;
}

/** The same copy as a plain string, for aria-labels, titles and meta tags. */
export function plainCopy(text: string, lang: Lang): string {
	// Emphasis may hold figures ("**{industrialOutput2020}**"): resolve them too.
	return renderCopy(text, lang)
		.map((s) => (s.kind === 'strong' ? plainCopy(s.text, lang) : s.text))
		.join('');
}
