// The one reading of BASE_PATH, the sub-path the site is deployed under
// (e.g. /graphics/2021/fuling). svelte.config.js builds with it and
// tests/support/serve.js mounts a build under it, so the two cannot disagree.

/**
 * A path segment's characters: RFC 3986 pchar, less `%`. Percent-escapes are
 * refused because SvelteKit compares decoded request paths with the base as
 * written, so an escaped base would fail its own prerender.
 */
const SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]+$/;

/**
 * BASE_PATH as SvelteKit's `paths.base` wants it: '' for the root, else a
 * path that starts with `/` and does not end with one.
 * @param {string | undefined} value BASE_PATH as given (a trailing slash is allowed)
 * @returns {string}
 */
export function basePath(value) {
	const raw = (value ?? '').trim();
	if (raw === '' || raw === '/') return '';
	const fail = (/** @type {string} */ why) => {
		throw new Error(
			`BASE_PATH=${JSON.stringify(value)} ${why}. Give the path the site will live under, ` +
				'such as /graphics/2021/fuling (a trailing slash is fine), or leave BASE_PATH unset for the root.'
		);
	};
	if (!raw.startsWith('/')) fail('does not start with "/"');
	const segments = raw.replace(/\/$/, '').slice(1).split('/');
	for (const segment of segments) {
		if (segment === '') fail('has an empty segment ("//")');
		if (segment === '.' || segment === '..') fail(`has a "${segment}" segment`);
		if (!SEGMENT.test(segment)) {
			fail(`has characters that cannot stand in a URL path ("${segment}")`);
		}
	}
	return `/${segments.join('/')}`;
}
