/**
 * The @font-face overrides that make a system font take the text serif's
 * room while the serif loads (the method of Next.js and fontaine): scale the
 * fallback to the same average character width, then give it the serif's
 * ascent, descent and line gap at that scale. Build-time knowledge only:
 * app.css holds the results and a test holds app.css to them.
 */
export interface FontMetrics {
	ascent: number;
	descent: number;
	lineGap: number;
	unitsPerEm: number;
	xWidthAvg: number;
}

export interface FallbackOverrides {
	/** size-adjust, as a percentage. */
	sizeAdjust: number;
	ascent: number;
	descent: number;
	lineGap: number;
}

const pct = (n: number) => Math.round(n * 10000) / 100;

export function fallbackOverrides(font: FontMetrics, fallback: FontMetrics): FallbackOverrides {
	const scale = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
	const em = (v: number) => pct(Math.abs(v) / font.unitsPerEm / scale);
	return {
		sizeAdjust: pct(scale),
		ascent: em(font.ascent),
		descent: em(font.descent),
		lineGap: em(font.lineGap)
	};
}
