import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/**
 * Code a page loads on demand, by a fixed URL, built here rather than by Astro's bundler: a
 * page's inline check then imports it with a plain `import(url)`, and the bundler adds no preload
 * helper (about 1 KB gzip) to every page that may never use them. One build for all of them, so
 * code they share is one chunk.
 */
export const PAGE_BUNDLES = {
	/** The search dialog and search page's live search (`SearchDialog.astro`, `search.astro`). */
	'search-ui': { entry: '../components/search/search-ui.ts', url: '/search-ui.js' },
	/** "Back to the assignment" on item pages opened from one (`banner-trigger.ts`, from the header's script). */
	'assignment-banner': { entry: '../components/assignment/assignment-banner.ts', url: '/assignment-banner/banner.js' },
	/** The offline and new-version notices any page may show (`src/components/offline/register.ts`). */
	'offline-notices': { entry: '../components/offline/offline-notices.ts', url: '/offline-notices.js' },
	/** The progress record's merge, which the store loads when another tab saved (`store.ts`). */
	'progress-merge': { entry: '../lib/progress/merge.ts', url: '/progress-merge.js' },
} as const;

/** Builds every bundle in `PAGE_BUNDLES` into the site at its URL after Astro's build. */
export function pageBundles(): AstroIntegration {
	return {
		name: 'both-ends:page-bundles',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const result = await build({
					// A bundle that loads another by its URL (the store loads the merge) leaves that import as it is.
					external: Object.values(PAGE_BUNDLES).map(({ url }) => url),
					entryPoints: Object.fromEntries(
						Object.values(PAGE_BUNDLES).map(({ entry, url }) => [
							url.slice(1).replace(/\.js$/, ''),
							fileURLToPath(new URL(entry, import.meta.url)),
						]),
					),
					outdir: fileURLToPath(dir),
					bundle: true,
					// Shared code and each language's strings (the banner's) are chunks of their own.
					splitting: true,
					minify: true,
					format: 'esm',
					target: 'es2022',
					chunkNames: 'page-bundles/[name]-[hash]',
					logLevel: 'silent',
				}).catch((error: Error) => {
					throw new Error(`[both-ends:page-bundles] ${error.message}`);
				});
				if (result.errors.length > 0) throw new Error(`[both-ends:page-bundles] ${result.errors.map((e) => e.text).join('; ')}`);
				// Each page imports its bundle by URL: a file written anywhere else would fail only in the browser.
				const missing = Object.values(PAGE_BUNDLES).filter(({ url }) => !existsSync(fileURLToPath(new URL(`.${url}`, dir))));
				if (missing.length > 0) throw new Error(`[both-ends:page-bundles] not written: ${missing.map(({ url }) => url).join(', ')}`);
				logger.info(
					`Wrote ${Object.values(PAGE_BUNDLES)
						.map(({ url }) => url)
						.join(', ')}`,
				);
			},
		},
	};
}
