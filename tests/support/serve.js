// Serves the prerendered site in build/ exactly as a static host would.
// It exists because `vite preview` serves .svelte-kit/output, not the adapter-static
// output in build/, so it cannot catch a broken build/ (missing pages, bad paths).
// Used by `npm start` and by the Playwright webServer.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// BUILD_DIR lets the tests point at a throwaway build; relative paths resolve from the repo root.
const dir = resolve(root, process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(dir)) {
	console.error('build/ not found: run `npm run build` first');
	process.exit(1);
}

// Read once: dev: false makes sirv index files at startup too, so a rebuild needs a restart.
const notFoundFile = resolve(dir, '404.html');
const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : null;

const assets = sirv(dir, {
	dev: false,
	etag: true,
	gzip: false,
	brotli: false,
	extensions: ['html'],
	onNoMatch(_req, res) {
		res.statusCode = 404;
		res.setHeader('Content-Type', notFoundPage ? 'text/html; charset=utf-8' : 'text/plain');
		res.end(notFoundPage ?? 'Not found');
	}
});

const server = createServer((req, res) => assets(req, res));

server.on('error', (error) => {
	console.error(`Could not serve on ${host}:${port}: ${error.message}`);
	process.exit(1);
});

server.listen(port, host, () => {
	console.log(`Story served at http://${host}:${port}/`);
});

// Close cleanly so Playwright and Ctrl-C do not leave the port held.
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeAllConnections();
	});
}
