import { describe, expect, it } from 'vitest';
import { moduleChunk, moduleChunks } from '../../../src/integrations/module-chunks.ts';

describe('the server chunk of a module', () => {
	it('puts the modules of one language and track together, whatever Astro adds to the id', () => {
		const hold = moduleChunk('/site/src/content/modules/fr/agents/hold-done-right.mdx');
		expect(hold).toBe('modules-fr-agents');
		expect(moduleChunk('/site/src/content/modules/fr/agents/closing-the-call.mdx?astroPropagatedAssets')).toBe(hold);
		expect(moduleChunk('C:\\site\\src\\content\\modules\\fr\\agents\\hold-done-right.mdx')).toBe(hold);
	});

	it('keeps languages and tracks apart', () => {
		expect(moduleChunk('/site/src/content/modules/it/agents/hold-done-right.mdx')).toBe('modules-it-agents');
		expect(moduleChunk('/site/src/content/modules/fr/callers/before-you-dial.mdx')).toBe('modules-fr-callers');
	});

	it('leaves everything else where the bundler would put it', () => {
		expect(moduleChunk('/site/src/components/quiz/Quiz.svelte')).toBeNull();
		expect(moduleChunk('/site/src/content/quizzes/fr/hold-done-right.yaml')).toBeNull();
		expect(moduleChunk('/site/node_modules/astro/dist/runtime/server/index.js')).toBeNull();
	});
});

describe('the bundler options', () => {
	/** The Vite plugin the integration adds, as Astro's config setup hands it over. */
	function pluginOf(integration: ReturnType<typeof moduleChunks>) {
		let plugin: { configEnvironment: (name: string) => unknown } | undefined;
		const setup = integration.hooks['astro:config:setup'] as unknown as (options: {
			updateConfig: (config: { vite: { plugins: unknown[] } }) => void;
		}) => void;
		setup({ updateConfig: (config) => (plugin = config.vite.plugins[0] as typeof plugin) });
		return plugin!;
	}

	it('write the server bundle in ASCII and leave the browser bundles as they are', () => {
		const plugin = pluginOf(moduleChunks());
		expect(plugin.configEnvironment('ssr')).toMatchObject({ build: { rolldownOptions: { output: { charset: 'ascii' } } } });
		// Escaped characters would make the islands' code larger than the budgets allow.
		expect(plugin.configEnvironment('client')).toBeUndefined();
	});
});
