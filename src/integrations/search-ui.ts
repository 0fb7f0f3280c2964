import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** Where the built search UI is served from; the header and the search page import it by this URL. */
export const SEARCH_UI_URL = '/search-ui.js';

/**
 * Bundles the search UI (`src/components/search/search-ui.ts`) into one file at a fixed URL.
 * Pages import it on demand by that URL, so the bundler adds no preload helper to every page
 * (about 1 KB gzip saved on each), and the code still arrives only when search is used.
 */
export function searchUi(): AstroIntegration {
	return {
		name: 'both-ends:search-ui',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const result = await build({
					entryPoints: [fileURLToPath(new URL('../components/search/search-ui.ts', import.meta.url))],
					outfile: fileURLToPath(new URL(`.${SEARCH_UI_URL}`, dir)),
					bundle: true,
					minify: true,
					format: 'esm',
					target: 'es2022',
					logLevel: 'silent',
				});
				if (result.errors.length > 0) {
					throw new Error(`[both-ends:search-ui] ${result.errors.map((e) => e.text).join('; ')}`);
				}
				logger.info(`Wrote ${SEARCH_UI_URL}`);
			},
		},
	};
}
