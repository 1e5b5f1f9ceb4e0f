/**
 * The public origin the embed codes point at (`https://graphics.example.com`),
 * read from PUBLIC_ORIGIN at build time. The committed `.env` leaves it
 * empty; the build environment sets the real one. Empty means "unknown until
 * the page runs": the codes then use the address the page was opened at.
 * A value that is not a bare http(s) origin fails the build, naming it, so a
 * typo never ships as embed codes that point nowhere.
 */
import { PUBLIC_ORIGIN } from '$env/static/public';

/**
 * `raw` as an origin (`https://host[:port]`, one trailing slash dropped), or
 * '' when it is blank. Throws on anything else: another scheme, a path, a
 * query, a hash, credentials.
 */
export function parseOrigin(raw: string | undefined): string {
	const value = (raw ?? '').trim();
	if (value === '') return '';
	const bad = (why: string) =>
		new Error(
			`PUBLIC_ORIGIN must be an http(s) origin such as https://graphics.example.com ` +
				`(${why}), got ${JSON.stringify(raw)}`
		);
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw bad('not a URL');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw bad('not http or https');
	if (url.username || url.password) throw bad('no user name or password');
	// The parser gives a bare origin the path "/", with or without the slash
	// typed; an empty "?" or "#" leaves no trace in it, so look for those too.
	if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(value)) {
		throw bad('no path, query or hash: a sub-path goes in BASE_PATH');
	}
	return url.origin;
}

/** The build's public origin, or '' when none was given (checked once, at import). */
export const publicOrigin: string = parseOrigin(PUBLIC_ORIGIN);
