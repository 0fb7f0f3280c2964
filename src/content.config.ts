import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ModuleSchema } from './lib/content/module-schema';

/** Modules: `src/content/modules/<lang>/<track>/<slug>.mdx`; ids look like `fr/agents/hold-done-right`. */
const modules = defineCollection({
	loader: glob({ base: './src/content/modules', pattern: '**/[^_]*.mdx' }),
	schema: ModuleSchema,
});

export const collections = { modules };
