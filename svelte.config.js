import { vitePreprocess } from '@astrojs/svelte';

export default {
	preprocess: vitePreprocess(),
	// No `window.__svelte.v` marker: it is a request of its own on every page with an island.
	compilerOptions: { discloseVersion: false },
};
