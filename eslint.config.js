// ESLint: JavaScript and TypeScript (recommended sets), Svelte islands, Astro components with
// their accessibility rules. Formatting is Prettier's job (`.prettierrc`), not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	{
		ignores: ['dist/', '.astro/', 'node_modules/', 'public/', 'test-results/', 'playwright-report/'],
	},
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs['flat/recommended'],
	astro.configs['flat/recommended'],
	astro.configs['flat/jsx-a11y-recommended'],
	{
		// Code runs in the browser (islands, page scripts) and in Node (build, scripts, tests).
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
	},
	{
		// `<script lang="ts">` in islands, and runes modules (`*.svelte.ts`).
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
		},
		rules: {
			// The Svelte compiler's own warnings (accessibility among them) are errors here, as
			// astro/jsx-a11y's are for .astro files; flat/recommended leaves this rule off.
			'svelte/valid-compile': 'error',
		},
	},
	{
		rules: {
			// `const { cards: _cards, ...rest } = x` is how this code drops a field without mutating:
			// the named field is there to be left out, not forgotten.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
);
