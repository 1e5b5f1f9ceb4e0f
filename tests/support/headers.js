// The rules of a Netlify / Cloudflare Pages _headers file (static/_headers),
// read the way both hosts read them: a path, then indented `Name: value`
// lines; a path ending in * matches any rest of the path, any other only
// itself; every rule that matches a path gives it its headers, and values of
// one name from several rules are joined with ", ". serve.js sends them,
// tests/e2e/subpath.spec.ts checks the file with them.

/** @typedef {{ path: string, name: string, value: string }} HeaderRule */

/**
 * @param {string} text the file
 * @returns {HeaderRule[]} one entry per header line; `name` in lower case
 */
export function headerRules(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	let path = '';
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) path = line.trim();
		else {
			const [name = '', ...rest] = line.trim().split(':');
			rules.push({ path, name: name.toLowerCase(), value: rest.join(':').trim() });
		}
	}
	return rules;
}

/**
 * @param {string} rule a rule's path
 * @param {string} path a URL path from the site's root
 */
export function matches(rule, path) {
	return rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule;
}

/**
 * The headers a path gets, each name with the values of every matching rule.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Map<string, string[]>}
 */
export function headersFor(rules, path) {
	/** @type {Map<string, string[]>} */
	const out = new Map();
	for (const rule of rules) {
		if (!matches(rule.path, path)) continue;
		out.set(rule.name, [...(out.get(rule.name) ?? []), rule.value]);
	}
	return out;
}
