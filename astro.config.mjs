// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { moduleParity } from './src/integrations/module-parity.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { searchUi } from './src/integrations/search-ui.ts';
import { assignmentBanner } from './src/integrations/assignment-banner.ts';

export default defineConfig({
	output: 'static',
	build: { inlineStylesheets: 'always' },
	trailingSlash: 'always',
	// Lines of inline text must keep their spaces (Astro 7 defaults to 'jsx').
	compressHTML: true,
	integrations: [moduleParity(), mdx(), svelte(), pagefindIndex(), searchUi(), assignmentBanner()],
	devToolbar: { enabled: false },
	// No modulepreload polyfill: pages load at most one island and the search UI on demand.
	vite: { build: { modulePreload: false } },
});
