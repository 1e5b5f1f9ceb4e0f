// Written once at build time from the data module; served as a static file.
import { json } from '@sveltejs/kit';
import { FACTS } from '$lib/data';
import { factsJson } from '$lib/data/export';

export const prerender = true;

export function GET(): Response {
	return json(factsJson(FACTS));
}
