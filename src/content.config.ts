import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { ModuleSchema } from './lib/content/module-schema';
import { toolPageProblems } from './lib/content/tool-files';
import { ToolPageSchema } from './lib/content/tool-schema';
import { GlossarySchema, TermSchema } from './lib/glossary/schema';
import { PathSchema } from './lib/paths/schema';
import { QuizFileSchema } from './lib/quiz/validate';
import { WeakPhraseSchema, WeakPhrasesSchema } from './lib/practice/weak-phrases-schema';
import { RightsCountrySchema } from './lib/rights/schema';
import { ShippedScenarioSchema } from './lib/roleplay/validate';

/** Modules: `src/content/modules/<lang>/<track>/<slug>.mdx`; ids look like `fr/agents/hold-done-right`. */
const modules = defineCollection({
	loader: glob({ base: './src/content/modules', pattern: '**/[^_]*.mdx' }),
	schema: ModuleSchema,
});

/** Role-plays: `src/content/scenarios/<id>.yaml`, every language in one file. */
const scenarios = defineCollection({
	loader: glob({ base: './src/content/scenarios', pattern: '[^_]*.yaml' }),
	schema: ShippedScenarioSchema,
});

/** Quizzes: `src/content/quizzes/<id>.yaml`, every language in one file. */
const quizzes = defineCollection({
	loader: glob({ base: './src/content/quizzes', pattern: '[^_]*.yaml' }),
	schema: QuizFileSchema,
});

/** The glossary: `src/content/glossary.yaml`, one `terms` list with every language in each entry. */
const glossary = defineCollection({
	loader: file('src/content/glossary.yaml', {
		// The whole file is checked first (unique ids), then each term becomes an entry.
		parser: (text) => GlossarySchema.parse(parse(text)).terms,
	}),
	schema: TermSchema,
});

/** Learning paths: `src/content/paths/<id>.yaml`, ordered items with text per language. */
const paths = defineCollection({
	loader: glob({ base: './src/content/paths', pattern: '[^_]*.yaml' }),
	schema: PathSchema,
});

const toolFiles = glob({ base: './src/content/tools', pattern: '**/[^_]*.md' });

/**
 * Tool pages' prose: `src/content/tools/<lang>/<tool-id>.md` (title, summary, sources; the body is
 * the introduction). Every tool in `src/lib/tools/registry.ts` needs one file per language: a
 * missing or misplaced file stops the build and is named.
 */
const tools = defineCollection({
	loader: {
		name: 'both-ends:tool-pages',
		load: async (context) => {
			await toolFiles.load(context);
			const problems = toolPageProblems(context.store.keys());
			if (problems.length > 0) throw new Error(`[both-ends:tools] ${problems.join('\n')}`);
		},
	},
	schema: ToolPageSchema,
});

/**
 * The rights finder: `src/content/rights/<country>.yaml`, one answer per question, every language
 * in one file (`src/lib/rights/schema.ts`). The finder needs every country of `rightsCountries`:
 * `getRightsCountries` names a missing one.
 */
const rights = defineCollection({
	loader: glob({ base: './src/content/rights', pattern: '[^_]*.yaml' }),
	schema: RightsCountrySchema,
});

/** The phrase lint's weak phrases: `src/content/weak-phrases.yaml`, every language in each entry. */
const weakPhrases = defineCollection({
	loader: file('src/content/weak-phrases.yaml', {
		// The whole file is checked first (unique ids), then each phrase becomes an entry.
		parser: (text) => WeakPhrasesSchema.parse(parse(text)).phrases,
	}),
	schema: WeakPhraseSchema,
});

export const collections = { modules, scenarios, quizzes, glossary, paths, tools, rights, weakPhrases };
