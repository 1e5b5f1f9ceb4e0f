import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { basePath } from './.config/base-path.js';
import { metaDirectives } from './.config/csp.js';

// Where the site will be served from, read at build time: BASE_PATH=/graphics/2021/fuling
// builds for https://news.example/graphics/2021/fuling/ (unset: the root). A bad value
// stops the build here, naming BASE_PATH, rather than producing a site that 404s.
const base = basePath(process.env.BASE_PATH);
// The output folder, so a sub-path build can sit beside the normal one (npm run build:subpath).
const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the story must read without JavaScript and
		// be hostable on any static server or CDN a newsroom already has.
		alias: { $content: 'src/content' },
		// The benchmark (bench/) is TypeScript too: checked with the rest.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push(
					'../bench/*.ts',
					'../bench/minimal/src/**/*.js',
					'../bench/minimal/src/**/*.svelte'
				);
			}
		},
		// A strict Content Security Policy (.config/csp.js). Hash mode: every page is
		// prerendered, so kit writes the policy as a <meta http-equiv> with the hash of
		// its own inline boot script; the inline script of app.html is hashed from the
		// file here, at config load. static/_headers sends the header form of it.
		csp: { mode: 'hash', directives: metaDirectives('src/app.html') },
		// precompress: a .br and a .gz beside every text file, which tests/support/serve.js
		// sends to browsers that accept them, as a newsroom's CDN compresses what it serves.
		adapter: adapter({
			pages: out,
			assets: out,
			fallback: undefined,
			strict: true,
			precompress: true
		}),
		paths: {
			base,
			// Absolute asset and link URLs (/graphics/2021/fuling/_app/...), not relative ones
			// (./_app/...). A static host serves 404.html for any unknown path at any depth,
			// e.g. /zh/embed/economy/99/, where a relative URL written for the root would
			// point at /zh/embed/economy/99/_app/... and the page would lose its styles.
			relative: false
		},
		prerender: {
			// Every edition and layout and the downloads are listed, so each builds even if no page links it.
			entries: [
				'*',
				'/zh/',
				'/flat/',
				'/zh/flat/',
				// The not-found page, written as 404.html for static hosts to serve.
				'/404',
				'/data/fuling-facts.csv',
				'/data/fuling-facts.json',
				// Search and sharing (src/routes/robots.txt, share.png, apple-touch-icon.png).
				'/robots.txt',
				'/share.png',
				'/zh/share.png',
				'/apple-touch-icon.png'
			],
			// sitemap.xml needs absolute URLs, so it is built only with PUBLIC_ORIGIN: the story's
			// head then links it and the crawl finds it. Unseen, it is left out; any other
			// unseen route still fails the build.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((id) => id !== '/[file=sitemap]')) throw new Error(message);
			},
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
