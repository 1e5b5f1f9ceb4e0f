// The benchmark's yardstick: the smallest page built the same way as the
// story (SvelteKit 2, adapter-static, prerendered), for an LCP to hold the
// story's against in the same run. Built into bench/minimal/build/.
import adapter from '@sveltejs/adapter-static';

export default {
	// Precompressed like the story's build, so both are served alike.
	kit: { adapter: adapter({ pages: 'build', assets: 'build', strict: true, precompress: true }) }
};
