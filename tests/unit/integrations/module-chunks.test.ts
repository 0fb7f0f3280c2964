import { describe, expect, it } from 'vitest';
import { moduleChunk } from '../../../src/integrations/module-chunks.ts';

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
