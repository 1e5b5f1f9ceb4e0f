// Written once at build time from the data module; served as a static file.
import { FACTS } from '$lib/data';
import { factsCsv } from '$lib/data/export';

export const prerender = true;

export function GET(): Response {
	return new Response(factsCsv(FACTS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
