// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { moduleParity } from './src/integrations/module-parity.ts';
import { moduleChunks } from './src/integrations/module-chunks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pageBundles } from './src/integrations/page-bundles.ts';
import { smallPreload } from './src/integrations/small-preload.ts';
import { astroCsp, cspHeaders } from './src/integrations/csp-headers.ts';
import { offlineSupport } from './src/integrations/offline.ts';
import { renderedPages } from './src/integrations/rendered-pages.ts';
import { sitemaps } from './src/integrations/sitemap.ts';

// Both cut or read each page as it is rendered, in this order: the policy is cut first, and
// Pagefind reads the page as it will be written.
const policy = cspHeaders();
const search = pagefindIndex();

export default defineConfig({
	output: 'static',
	// The address the site is served from: canonical, hreflang, sitemap and share-image URLs are
	// absolute on it. Set SITE_URL when deploying elsewhere (and to the local server's address
	// to audit a local build with Lighthouse, which checks the canonical's host).
	site: process.env.SITE_URL ?? 'https://both-ends.example',
	// Four pages rendered at a time: while one page's file is written, the next renders (one at a
	// time, a thousand-module build spent a quarter of its rendering waiting on the disk).
	build: { inlineStylesheets: 'always', concurrency: 4 },
	trailingSlash: 'always',
	// Lines of inline text must keep their spaces (Astro 7 defaults to 'jsx').
	compressHTML: true,
	integrations: [
		moduleParity(),
		// The modules' plain Markdown compiled to HTML strings rather than one component call per
		// element: the same pages, bundled and rendered in less time (a thousand-module build's
		// bundling went from 18–20 to 17 s and its rendering from 35–39 to 34 s). Components
		// (<Dialogue>, <Check>…) stay components.
		mdx({ optimize: true }),
		moduleChunks(),
		svelte(),
		renderedPages([policy.pageStep, search.pageStep]),
		search,
		pageBundles(),
		smallPreload(),
		policy,
		sitemaps(),
		offlineSupport({ stillWriting: { folder: 'pagefind', done: search.written } }),
	],
	// offlineSupport() runs last: it lists and hashes every file the others wrote, the search index
	// included, which Pagefind writes while the integrations between them run (and the rest of the
	// site is hashed meanwhile).
	devToolbar: { enabled: false },
	// No code blocks in the course; Shiki's highlighting would need inline styles, which the
	// Content-Security-Policy refuses (and the build warns about).
	markdown: { syntaxHighlight: false },
	// A Content-Security-Policy <meta> tag on every page, with hashes of the inline scripts and
	// styles; cspHeaders() then checks each page, keeps only its own hashes and writes _headers.
	// The policy itself is in src/integrations/csp-headers.ts. (Not active in `astro dev`.)
	security: { csp: astroCsp },
	// No modulepreload polyfill: pages load at most one island and the search UI on demand.
	vite: {
		build: {
			modulePreload: false,
			rollupOptions: {
				// Astro marks each MDX module "use astro:head-inject" for its own bundling; the bundler
				// warns once per module that it may not keep the directive, which Astro does not need
				// it to. With a thousand modules that is a thousand lines hiding any real warning.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
