import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the story must read without JavaScript and
		// be hostable on any static server or CDN a newsroom already has.
		alias: { $content: 'src/content' },
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: {
			// Every edition and layout and the downloads are listed, so each builds even if no page links it.
			entries: [
				'*',
				'/zh/',
				'/flat/',
				'/zh/flat/',
				'/data/fuling-facts.csv',
				'/data/fuling-facts.json'
			],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
