/** SVG to PNG, with resvg: no browser, and no system fonts (the card's text is outlines). */
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string, width?: number): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
		font: { loadSystemFonts: false },
		background: '#ffffff'
	});
	return resvg.render().asPng();
}
