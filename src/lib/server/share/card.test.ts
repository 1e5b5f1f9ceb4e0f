import { describe, expect, it } from 'vitest';
import { copyFor } from '$content/index';
import { cardText } from '$lib/seo/card';
import { LANGS } from '$lib/i18n';
import { H, MARGIN, W, cardSvg, itemBox, layoutCard, type TextItem } from './card';
import { fontFor, parseRanges, shape } from './fonts';
import { breakPieces, wrap } from './wrap';
import { svgToPng } from './render';

describe('fonts', () => {
	it('reads unicode-range lists', () => {
		expect(parseRanges('U+0000-00FF,U+0131, U+2000-206F')).toEqual([
			[0, 255],
			[0x131, 0x131],
			[0x2000, 0x206f]
		]);
		expect(() => parseRanges('U+zz')).toThrow(/unicode-range/);
	});

	it('finds a real glyph for Chinese in one of the subsets, and the serif falls back to the sans for it', () => {
		for (const char of [...'涪陵规上工业产值亿元']) {
			expect(fontFor('sans', 700, char, 'zh').glyphForCodePoint(char.codePointAt(0)!).id).not.toBe(
				0
			);
			expect(fontFor('serif', 400, char).familyName).toMatch(/Noto Sans SC/);
		}
		expect(fontFor('serif', 700, 'F').familyName).toBe('Source Serif 4');
	});

	it('fails naming a character no font has, rather than drawing a box', () => {
		expect(() => shape('a\u{10FFFD}', { family: 'sans', weight: 400, size: 20 })).toThrow(
			/no font has a glyph for .* \(U\+10FFFD\)/
		);
	});
});

describe('wrapping', () => {
	it('keeps numbers whole and punctuation off the start of a Chinese line', () => {
		const pieces = breakPieces('对口支援29年：官方（涪陵）');
		expect(pieces).toContain('援');
		expect(pieces).toContain('29');
		expect(pieces).toContain('年：');
		expect(pieces.some((p) => p.startsWith('）') || p.startsWith('：'))).toBe(false);
		expect(pieces.some((p) => p.endsWith('（'))).toBe(false);
		expect(breakPieces('two words')).toEqual(['two ', 'words']);
	});

	it('wraps greedily to the width', () => {
		expect(wrap('aa bb cc', 5, (l) => l.length)).toEqual(['aa bb', 'cc']);
	});
});

for (const lang of LANGS) {
	describe(`the ${lang} card`, () => {
		const card = layoutCard(cardText(copyFor(lang)));
		const texts = card.items.filter((i): i is TextItem => i.kind === 'text');

		it('sets every character with a real glyph', () => {
			for (const t of texts) {
				expect(t.line.glyphs.length, t.role).toBeGreaterThan(0);
				for (const g of t.line.glyphs) expect(g.id, `${t.role}: ${g.char}`).not.toBe(0);
			}
		});

		it('keeps every mark inside the card, clear of the edges', () => {
			for (const item of card.items) {
				if (item.role === 'band') continue; // the top band is full-bleed by design
				const box = itemBox(item);
				const where = `${item.role} ${item.kind === 'text' ? item.line.text : ''}`;
				expect(box.left, where).toBeGreaterThanOrEqual(MARGIN - 4);
				expect(box.right, where).toBeLessThanOrEqual(W - MARGIN + 4);
				expect(box.top, where).toBeGreaterThanOrEqual(MARGIN / 2);
				expect(box.bottom, where).toBeLessThanOrEqual(H - MARGIN / 2);
			}
		});

		it('overlaps no text with other text', () => {
			const boxes = texts.map((t) => ({ t, b: itemBox(t) }));
			for (const [i, a] of boxes.entries()) {
				for (const c of boxes.slice(i + 1)) {
					const apart =
						a.b.right <= c.b.left ||
						c.b.right <= a.b.left ||
						a.b.bottom <= c.b.top ||
						c.b.bottom <= a.b.top;
					expect(apart, `${a.t.line.text} / ${c.t.line.text}`).toBe(true);
				}
			}
		});

		it('draws the title, the two values and the source', () => {
			const all = texts.map((t) => t.line.text).join('\n');
			const words = cardText(copyFor(lang));
			expect(
				texts
					.filter((t) => t.role === 'title')
					.map((t) => t.line.text)
					.join(lang === 'zh' ? '' : ' ')
			).toBe(words.title);
			for (const bar of words.bars) expect(all).toContain(bar.num);
			expect(all).toContain(words.source);
			// The 2020 bar is 43 times the 1997 one, drawn on one scale.
			const bars = card.items.filter((i) => i.role === 'bar');
			const [a, b] = bars.map((r) => (r.kind === 'rect' ? r.height : 0));
			expect((b ?? 0) / (a ?? 1)).toBeCloseTo(1742 / 40.49, 0);
		});

		it('renders to a 1200×630 PNG', () => {
			const png = svgToPng(cardSvg(card));
			expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		});
	});
}
