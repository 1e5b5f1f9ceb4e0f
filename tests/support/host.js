// A news site's page, for the embed tests: serves tests/hosts/ and the real
// parent libraries from node_modules (pym.js 1.3.2, @newswire/frames 1.0.0)
// on its own port, so the host page and the embeds it frames are on two
// different origins, as on a real site.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 4174);
const host = process.env.HOST ?? '127.0.0.1';

/** @type {Record<string, [string, string]>} */
const FILES = {
	'/': ['tests/hosts/index.html', 'text/html; charset=utf-8'],
	'/favicon.ico': ['static/favicon.svg', 'image/svg+xml'],
	'/host.js': ['tests/hosts/host.js', 'text/javascript'],
	'/lib/pym.v1.min.js': ['node_modules/pym.js/dist/pym.v1.min.js', 'text/javascript'],
	'/lib/frames.umd.js': ['node_modules/@newswire/frames/dist/frames.umd.js', 'text/javascript']
};

const server = createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://host').pathname;
	const file = Object.hasOwn(FILES, path) ? FILES[path] : undefined;
	if (!file || !existsSync(resolve(root, file[0]))) {
		res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
		return;
	}
	res.writeHead(200, { 'Content-Type': file[1], 'Cache-Control': 'no-store' });
	res.end(readFileSync(resolve(root, file[0])));
});

server.listen(port, host, () => console.log(`Host page served at http://${host}:${port}/`));
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeAllConnections();
	});
}
