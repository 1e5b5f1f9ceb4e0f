// The home-screen icon iOS asks for: the favicon drawn at 180×180 on its own
// colour (iOS rounds the corners itself, so none are left transparent).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { svgToPng } from '$lib/server/share/render';

export const prerender = true;

export function GET(): Response {
	const svg = readFileSync(resolve('static/favicon.svg'), 'utf8');
	// Square corners: the icon's first rectangle is its background.
	const png = svgToPng(svg.replace(/ rx="[^"]*"/, ''), 180);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
