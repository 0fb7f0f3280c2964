import type { AstroIntegration } from 'astro';

/** The module Vite adds to a build for its on-demand imports (Vite's own name for it). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The helper every on-demand import goes through: it starts fetching the imported code's own
 * imports (`deps`, paths under `base`) in parallel, waits for any stylesheet among them, then
 * imports. Vite's version also handles CSP nonces, relative bases and import maps, which this
 * site does not use (scripts are same-origin under `base`), and weighs 0.9 KB gzip on every page
 * with an island, a twentieth of a module page's budget; this one is a quarter of that.
 * Vite calls it as `__vitePreload(() => import(url), deps, importerUrl)`. Paths resolve from the
 * helper's own URL (it sits in `_astro/`), not from `/`, so an LMS package served from any folder
 * finds them too.
 */
export function preloadHelperCode(base: string): string {
	return `const started = {};
export const __vitePreload = (load, deps) => deps?.length
	? Promise.all(deps.map((dep) => {
		const href = new URL(${JSON.stringify(`..${base}`)} + dep, import.meta.url).href;
		if (href in started) return started[href];
		const link = document.createElement('link');
		link.href = href;
		const css = dep.endsWith('.css');
		link.rel = css ? 'stylesheet' : 'modulepreload';
		started[href] = css ? new Promise((resolve, reject) => { link.onload = resolve; link.onerror = () => reject(new Error('Unable to load ' + href)); }) : undefined;
		document.head.append(link);
		return started[href];
	})).then(load)
	: load();`;
}

/** Gives Vite's on-demand imports the helper above in the client build; see there for why. */
export function smallPreload(): AstroIntegration {
	return {
		name: 'both-ends:small-preload',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'both-ends:small-preload',
								enforce: 'pre',
								load(id) {
									return id === PRELOAD_HELPER_ID
										? preloadHelperCode(config.base.endsWith('/') ? config.base : `${config.base}/`)
										: undefined;
								},
							},
						],
					},
				});
			},
		},
	};
}
