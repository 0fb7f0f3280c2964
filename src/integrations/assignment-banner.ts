import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** Where the built banner is served from; AssignmentBanner.astro imports it by this URL. */
export const ASSIGNMENT_BANNER_URL = '/assignment-banner/banner.js';

/**
 * Bundles the "Back to the assignment" banner (`src/components/assignment/assignment-banner.ts`)
 * to a fixed URL, as `search-ui.ts` does for search: every page carries only a one-line inline
 * check, with no bundler preload helper (about 1 KB gzip on each page), and the banner's code
 * arrives only on pages opened from an assignment. Each language's strings are a chunk of their
 * own beside it, so the banner fetches one language, not three.
 */
export function assignmentBanner(): AstroIntegration {
	return {
		name: 'both-ends:assignment-banner',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const result = await build({
					entryPoints: { banner: fileURLToPath(new URL('../components/assignment/assignment-banner.ts', import.meta.url)) },
					outdir: fileURLToPath(new URL(`.${ASSIGNMENT_BANNER_URL.replace(/[^/]*$/, '')}`, dir)),
					bundle: true,
					splitting: true,
					minify: true,
					format: 'esm',
					target: 'es2022',
					entryNames: '[name]',
					chunkNames: '[name]-[hash]',
					logLevel: 'silent',
				});
				if (result.errors.length > 0) {
					throw new Error(`[both-ends:assignment-banner] ${result.errors.map((e) => e.text).join('; ')}`);
				}
				logger.info(`Wrote ${ASSIGNMENT_BANNER_URL}`);
			},
		},
	};
}
