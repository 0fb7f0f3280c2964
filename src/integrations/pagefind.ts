import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind reports failures in `errors` instead of throwing: turn them into a failed build. */
function assertNoErrors(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) {
		throw new Error(`[both-ends:pagefind] ${step} failed: ${response.errors.join('; ')}`);
	}
}

/**
 * Indexes the built site with Pagefind after `astro build`. Pagefind makes one index per
 * `<html lang>`, so each language searches only its own pages.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'both-ends:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				try {
					const created = await pagefind.createIndex({});
					assertNoErrors('createIndex', created);
					const { index } = created;
					if (!index) throw new Error('[both-ends:pagefind] createIndex returned no index');
					const added = await index.addDirectory({ path: site });
					assertNoErrors('addDirectory', added);
					if (added.page_count === 0) throw new Error('[both-ends:pagefind] no pages were indexed');
					assertNoErrors('writeFiles', await index.writeFiles({ outputPath: `${site}pagefind` }));
					logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
				} catch (cause) {
					throw new Error('Failed to run Pagefind.', { cause });
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
