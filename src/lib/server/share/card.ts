/**
 * The share card: 1200×630, drawn from the data. The title on the left, the
 * headline figure as two bars on the right (1997 and 2020 on one scale, so
 * the 1997 bar is a sliver), the multiple, and the source. Colours are the
 * story's tokens (src/app.css): Fuling's own figures in --mark, neutrals for
 * everything else; the accent is not used, as nothing here is from Zhejiang.
 */
import type { CardText } from '$lib/seo/card';
import { SHARE_IMAGE } from '$lib/seo/site';
import { inkBox, pathData, shape, type ShapedLine, type TextStyle } from './fonts';
import { wrap } from './wrap';

export const W = SHARE_IMAGE.width;
export const H = SHARE_IMAGE.height;
/** The outer margin every mark keeps (a network's crop stays clear of it). */
export const MARGIN = 64;

const COLOUR = {
	bg: '#ffffff',
	ink: '#1b1b1b',
	muted: '#595959',
	mark: '#333333',
	grid: '#e3e3e3'
} as const;

export interface TextItem {
	kind: 'text';
	/** What the item is, for tests and messages ('title', 'bar-value'). */
	role: string;
	line: ShapedLine;
	x: number;
	/** Baseline. */
	y: number;
	fill: string;
}
export interface RectItem {
	kind: 'rect';
	role: string;
	x: number;
	y: number;
	width: number;
	height: number;
	fill: string;
}
export type Item = TextItem | RectItem;

export interface Card {
	items: Item[];
}

/** Chart column and the text column beside it. */
const CHART_LEFT = 768;
const TEXT_RIGHT = 704;

const text = (
	role: string,
	line: ShapedLine,
	x: number,
	y: number,
	fill: string = COLOUR.ink
): TextItem => ({ kind: 'text', role, line, x, y, fill });

/**
 * The largest title size from `sizes` that fits `maxLines` in the width, with
 * its lines. At each size a break after a Chinese colon (对口支援29年：／官方…)
 * is tried first, as a headline would be set, then plain wrapping.
 */
function fitTitle(
	title: string,
	style: Omit<TextStyle, 'size'>,
	sizes: number[],
	width: number,
	maxLines: number
): { size: number; lines: ShapedLine[] } {
	const colon = title.indexOf('：');
	const parts = colon > 0 ? [title.slice(0, colon + 1), title.slice(colon + 1)] : [];
	for (const size of sizes) {
		const s = { ...style, size };
		const measure = (l: string) => shape(l, s).width;
		for (const texts of [
			parts.flatMap((p) => wrap(p, width, measure)),
			wrap(title, width, measure)
		]) {
			const lines = texts.map((l) => shape(l, s));
			const fits = lines.length > 0 && lines.length <= maxLines;
			if (fits && lines.every((l) => l.width <= width)) return { size, lines };
		}
	}
	throw new Error(`Share card: the title does not fit in ${maxLines} lines: "${title}"`);
}

/** Lays the card out for one edition. Pure but for reading the fonts. */
export function layoutCard(t: CardText): Card {
	const zh = t.lang === 'zh';
	const items: Item[] = [];
	// One face per card: the story's English text serif, or Noto Sans SC for Chinese
	// (the Chinese edition sets everything in a sans). Noto's Latin punctuation is
	// full-width (Fuling’ s), so English takes none of it.
	const face = (weight: 400 | 700, size: number, tracking?: number): TextStyle => ({
		family: zh ? 'sans' : 'serif',
		weight,
		size,
		tracking,
		lang: t.lang
	});

	// The chart's axis: the multiple beside the chart stands on the same line.
	const axis = 500;

	// A band of ink across the top, the desk's mark on every card.
	items.push({ kind: 'rect', role: 'band', x: 0, y: 0, width: W, height: 10, fill: COLOUR.ink });

	// Kicker, then the title in the edition's headline face.
	const top = MARGIN + 32;
	const kicker = zh ? t.kicker : t.kicker.toUpperCase();
	items.push(text('kicker', shape(kicker, face(700, 20, zh ? 2 : 1.5)), MARGIN, top, COLOUR.muted));

	const titleWidth = TEXT_RIGHT - MARGIN;
	const title = zh
		? fitTitle(
				t.title,
				{ family: 'sans', weight: 700, lang: 'zh' },
				[64, 60, 56, 52, 48],
				titleWidth,
				3
			)
		: fitTitle(
				t.title,
				{ family: 'serif', weight: 700, lang: 'en' },
				[54, 50, 46, 42, 38],
				titleWidth,
				4
			);
	const leading = title.size * (zh ? 1.32 : 1.14);
	let y = top + 30 + (title.lines[0]?.ascent ?? title.size);
	for (const line of title.lines) {
		items.push(text('title', line, MARGIN, y));
		y += leading;
	}

	// The multiple, large, with what it compares.
	const multiple = shape(t.multiple, face(700, 88));
	const multipleY = 500; // on the chart's axis
	items.push(text('multiple', multiple, MARGIN, multipleY));
	const againstX = MARGIN + multiple.width + 20;
	t.against.forEach((line, i) => {
		items.push(
			text(
				'against',
				shape(line, face(400, 22)),
				againstX,
				multipleY - 8 - (t.against.length - 1 - i) * 30,
				COLOUR.muted
			)
		);
	});

	// The chart: label and unit line, then two bars on one scale from zero.
	const chartWidth = W - MARGIN - CHART_LEFT;
	let cy = top;
	for (const line of wrap(t.label, chartWidth, (l) => shape(l, face(700, 22)).width)) {
		items.push(text('chart-label', shape(line, face(700, 22)), CHART_LEFT, cy));
		cy += 29;
	}
	for (const line of wrap(t.subtitle, chartWidth, (l) => shape(l, face(400, 18)).width)) {
		items.push(text('chart-subtitle', shape(line, face(400, 18)), CHART_LEFT, cy, COLOUR.muted));
		cy += 25;
	}
	const barTop = cy + 16;
	const max = Math.max(...t.bars.map((b) => b.value));
	const barWidth = 136;
	const gap = (chartWidth - 2 * barWidth) / 2;
	t.bars.forEach((bar, i) => {
		const x = CHART_LEFT + gap / 2 + i * (barWidth + gap);
		const height = Math.max(1, ((axis - barTop) * bar.value) / max);
		items.push({
			kind: 'rect',
			role: 'bar',
			x,
			y: axis - height,
			width: barWidth,
			height,
			fill: COLOUR.mark
		});
		const num = shape(bar.num, face(700, 40));
		const unit = shape(bar.unit, face(400, 18));
		const centre = (l: ShapedLine) => x + (barWidth - l.width) / 2;
		// Inside a bar tall enough to hold the label, in white; above it otherwise.
		const inside = height > 110;
		const numY = inside ? axis - height + 50 : axis - height - 36;
		const fill = inside ? COLOUR.bg : COLOUR.ink;
		items.push(text('bar-value', num, centre(num), numY, fill));
		items.push(text('bar-unit', unit, centre(unit), numY + 26, inside ? COLOUR.bg : COLOUR.muted));
		const year = shape(bar.year, face(400, 20));
		items.push(text('bar-year', year, centre(year), axis + 30, COLOUR.muted));
	});
	items.push({
		kind: 'rect',
		role: 'axis',
		x: CHART_LEFT,
		y: axis,
		width: chartWidth,
		height: 2,
		fill: COLOUR.ink
	});

	// Foot: a hairline, the source on the left, the desk on the right.
	items.push({
		kind: 'rect',
		role: 'rule',
		x: MARGIN,
		y: 548,
		width: W - 2 * MARGIN,
		height: 1,
		fill: COLOUR.grid
	});
	items.push(text('source', shape(t.source, face(400, 18)), MARGIN, 584, COLOUR.muted));
	const publisher = shape(t.publisher, face(700, 18));
	items.push(text('publisher', publisher, W - MARGIN - publisher.width, 584));
	return { items };
}

/** A text item's ink box: where its outlines actually draw. */
export function itemBox(item: Item): { left: number; top: number; right: number; bottom: number } {
	if (item.kind === 'rect') {
		return { left: item.x, top: item.y, right: item.x + item.width, bottom: item.y + item.height };
	}
	return (
		inkBox(item.line, item.x, item.y) ?? {
			left: item.x,
			top: item.y,
			right: item.x,
			bottom: item.y
		}
	);
}

/** The card as SVG: every text as outlines, so the rasteriser needs no font. */
export function cardSvg(card: Card): string {
	const body = card.items.map((item) =>
		item.kind === 'rect'
			? `<rect x="${item.x}" y="${item.y}" width="${item.width}" height="${item.height}" fill="${item.fill}"/>`
			: `<path fill="${item.fill}" d="${pathData(item.line, item.x, item.y)}"/>`
	);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
		`<rect width="${W}" height="${H}" fill="${COLOUR.bg}"/>`,
		...body,
		'</svg>'
	].join('\n');
}
