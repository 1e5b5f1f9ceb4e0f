// Serves the prerendered site in build/ exactly as a static host would.
// It exists because `vite preview` serves .svelte-kit/output, not the adapter-static
// output in build/, so it cannot catch a broken build/ (missing pages, bad paths).
// Used by `npm start` and by the Playwright webServer.
//
// BASE_PATH=/graphics/2021/fuling mounts the build under that path, as a newsroom's
// host would serve a sub-path build (npm run build:subpath): requests outside it get
// the 404 page, and the bare base redirects to its trailing-slash form. It also sends
// the cache headers a real deploy should (README, Deploy), so the tests see them, and
// every other header of the build's _headers (static/_headers: the Content Security
// Policy with frame-ancestors, X-Frame-Options, Referrer-Policy, nosniff), as
// Netlify or Cloudflare Pages would, so the browser tests run under them.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { basePath } from '../../.config/base-path.js';
import { headerRules, headersFor } from './headers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// BUILD_DIR lets the tests point at a throwaway build; relative paths resolve from the repo root.
const dir = resolve(root, process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = basePath(process.env.BASE_PATH);

// Hashed file names change with their content, so they may be kept for a year;
// everything else (HTML, data, favicon) is revalidated on every use.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

if (!existsSync(dir)) {
	const name = process.env.BUILD_DIR ?? 'build';
	console.error(
		`${name}/ not found: run \`npm run build\` first (build:subpath for build-subpath/)`
	);
	process.exit(1);
}

// Read once: dev: false makes sirv index files at startup too, so a rebuild needs a restart.
const notFoundFile = resolve(dir, '404.html');
const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : null;
// The rules of _headers but Cache-Control, which is set below by the same rules written out.
const headersFile = resolve(dir, '_headers');
const rules = existsSync(headersFile)
	? headerRules(readFileSync(headersFile, 'utf8')).filter((r) => r.name !== 'cache-control')
	: [];

const assets = sirv(dir, {
	dev: false,
	etag: true,
	// The build's precompressed copies (adapter-static's precompress), for a browser that
	// accepts them: every host a newsroom uses compresses, and measuring uncompressed
	// transfers would make the benchmark's pages look several times slower than readers see.
	gzip: true,
	brotli: true,
	extensions: ['html'],
	onNoMatch(_req, res) {
		notFound(res);
	}
});

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
	res.statusCode = 404;
	res.setHeader('Cache-Control', REVALIDATE);
	res.setHeader('Content-Type', notFoundPage ? 'text/html; charset=utf-8' : 'text/plain');
	res.end(notFoundPage ?? 'Not found');
}

const server = createServer((req, res) => {
	// Split by hand: new URL() would read a path starting with // as a host.
	const raw = req.url ?? '/';
	const q = raw.indexOf('?');
	const pathname = q < 0 ? raw : raw.slice(0, q);
	const search = q < 0 ? '' : raw.slice(q);
	if (base && pathname === base) {
		// What static hosts do for a folder asked without its slash.
		res.writeHead(301, { Location: `${base}/${search}`, 'Cache-Control': REVALIDATE });
		res.end();
		return;
	}
	if (base && !pathname.startsWith(`${base}/`)) {
		notFound(res);
		return;
	}
	// The path inside the build: what sirv looks up.
	const path = pathname.slice(base.length);
	req.url = path + search;
	// Set before sirv answers, so its 304s carry the header too.
	res.setHeader('Cache-Control', path.startsWith('/_app/immutable/') ? IMMUTABLE : REVALIDATE);
	// Joined as the hosts join them, so a path two rules match shows it.
	for (const [name, values] of headersFor(rules, path)) res.setHeader(name, values.join(', '));
	assets(req, res);
});

server.on('error', (error) => {
	console.error(`Could not serve on ${host}:${port}: ${error.message}`);
	process.exit(1);
});

server.listen(port, host, () => {
	console.log(`Story served at http://${host}:${port}${base}/`);
});

// Close cleanly so Playwright and Ctrl-C do not leave the port held.
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeAllConnections();
	});
}
