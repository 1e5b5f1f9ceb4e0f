import type { ParamMatcher } from '@sveltejs/kit';

/**
 * /sitemap.xml, as a route with a parameter so that the prerender entry '*'
 * (every route without one) leaves it out: it is built only when a page
 * links it, which the story does only with PUBLIC_ORIGIN (svelte.config.js).
 */
export const match: ParamMatcher = (param) => param === 'sitemap.xml';
