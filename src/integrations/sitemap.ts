import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from '../../scripts/site-pages.ts';
import { locales } from '../lib/i18n/locales.ts';
import { languageSitemap, robotsTxt, sitemapFile, sitemapIndex, SITEMAP_INDEX_FILE } from '../lib/seo/sitemap.ts';

/**
 * After the build: a sitemap per language (every page written, with its other languages as
 * alternates), their index and robots.txt, on the configured `site`. Built from the pages
 * actually written, so a page can never be missing from it or listed without existing.
 */
export function sitemaps(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'both-ends:sitemaps',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!site) throw new Error('[both-ends:sitemaps] `site` is not set in astro.config.mjs: sitemaps need absolute URLs');
				const root = fileURLToPath(dir);
				const pages = builtPages(root);
				for (const lang of locales) writeFileSync(join(root, sitemapFile(lang)), languageSitemap(pages, lang, site));
				writeFileSync(join(root, SITEMAP_INDEX_FILE), sitemapIndex(site));
				writeFileSync(join(root, 'robots.txt'), robotsTxt(site));
				logger.info(`Wrote ${SITEMAP_INDEX_FILE} and a sitemap per language for ${site.origin}`);
			},
		},
	};
}
