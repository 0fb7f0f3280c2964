// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { moduleParity } from './src/integrations/module-parity.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pageBundles } from './src/integrations/page-bundles.ts';
import { smallPreload } from './src/integrations/small-preload.ts';
import { astroCsp, cspHeaders } from './src/integrations/csp-headers.ts';

export default defineConfig({
	output: 'static',
	build: { inlineStylesheets: 'always' },
	trailingSlash: 'always',
	// Lines of inline text must keep their spaces (Astro 7 defaults to 'jsx').
	compressHTML: true,
	integrations: [moduleParity(), mdx(), svelte(), pagefindIndex(), pageBundles(), smallPreload(), cspHeaders()],
	devToolbar: { enabled: false },
	// A Content-Security-Policy <meta> tag on every page, with hashes of the inline scripts and
	// styles; cspHeaders() then checks each page, keeps only its own hashes and writes _headers.
	// The policy itself is in src/integrations/csp-headers.ts. (Not active in `astro dev`.)
	security: { csp: astroCsp },
	// No modulepreload polyfill: pages load at most one island and the search UI on demand.
	vite: { build: { modulePreload: false } },
});
