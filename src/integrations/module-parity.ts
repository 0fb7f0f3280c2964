import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findMissingTranslations, ModuleContentError } from '../lib/content/module-files';

function listMdx(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => relative(dir, join(dir, file)));
}

/**
 * Fails the build when a module exists in one language but not in another, naming each missing
 * file, so that translators and authors find out before learners do. In dev it only warns.
 */
export function moduleParity(): AstroIntegration {
	return {
		name: 'both-ends:module-parity',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const dir = fileURLToPath(new URL('./src/content/modules/', config.root));
				const missing = findMissingTranslations(listMdx(dir));
				if (missing.length === 0) return;
				const message = `Every module must exist in every language. Missing: ${missing
					.map((file) => `src/content/modules/${file}`)
					.join(', ')}`;
				if (command === 'build') throw new ModuleContentError(message);
				logger.warn(message);
			},
		},
	};
}
