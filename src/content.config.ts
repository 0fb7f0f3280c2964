import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ModuleSchema } from './lib/content/module-schema';
import { QuizFileSchema } from './lib/quiz/validate';
import { ScenarioFileSchema } from './lib/roleplay/validate';

/** Modules: `src/content/modules/<lang>/<track>/<slug>.mdx`; ids look like `fr/agents/hold-done-right`. */
const modules = defineCollection({
	loader: glob({ base: './src/content/modules', pattern: '**/[^_]*.mdx' }),
	schema: ModuleSchema,
});

/** Role-plays: `src/content/scenarios/<id>.yaml`, every language in one file. */
const scenarios = defineCollection({
	loader: glob({ base: './src/content/scenarios', pattern: '[^_]*.yaml' }),
	schema: ScenarioFileSchema,
});

/** Quizzes: `src/content/quizzes/<id>.yaml`, every language in one file. */
const quizzes = defineCollection({
	loader: glob({ base: './src/content/quizzes', pattern: '[^_]*.yaml' }),
	schema: QuizFileSchema,
});

export const collections = { modules, scenarios, quizzes };
