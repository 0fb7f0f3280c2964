import type { AstroIntegration } from 'astro';

/** A module's MDX file and the modules Astro makes from it: `src/content/modules/<lang>/<track>/…`. */
const MODULE_FILE = /[\\/]src[\\/]content[\\/]modules[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/]/;

/**
 * The server chunk a module's code goes in: one per language and track (`modules-fr-agents`), or
 * `null` for anything that is not a module, which the bundler places as it would anyway.
 * @param id The bundler's id of a module (an absolute path, perhaps with a query).
 */
export function moduleChunk(id: string): string | null {
	const match = MODULE_FILE.exec(id);
	return match ? `modules-${match[1]}-${match[2]}` : null;
}

/**
 * Bundles the modules' MDX for the server a track at a time instead of two chunks per module.
 * Each module page loads its own module, so by default the bundler writes two chunks for every
 * module (6,000 for a thousand modules in three languages), hands all of them to every plugin that
 * reads the output and writes them to disk, and the build then loads each as a separate file. A
 * chunk per language and track holds the same code: the pages are byte for byte the same, and a
 * thousand-module build bundles in 15–18 s instead of 20–27 s. The browser's bundles (the islands)
 * never contain a module and are left alone.
 */
export function moduleChunks(): AstroIntegration {
	return {
		name: 'both-ends:module-chunks',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'both-ends:module-chunks',
								apply: 'build',
								configEnvironment(name) {
									if (name === 'client') return;
									// Only the modules themselves go in a track's chunk: by default a group also takes in
									// everything they import (Astro's runtime, the shared components), and the first
									// track's chunk became the one every page loads. The bundler allows that only if
									// the entry chunk may export more than its module does, which nothing here minds.
									return {
										build: {
											rolldownOptions: {
												preserveEntrySignatures: 'allow-extension',
												output: {
													codeSplitting: { groups: [{ name: moduleChunk, includeDependenciesRecursively: false }] },
													// The server bundle is read by the build alone. Written in ASCII (other characters as
													// escapes in the strings), each chunk reaches the plugins that read it as a one-byte
													// JavaScript string instead of a two-byte one (the course's ’ and narrow no-break
													// spaces are outside Latin-1): half the memory for the same pages, a tenth fewer
													// page faults in a thousand-module build.
													charset: 'ascii',
												},
											},
										},
									};
								},
							},
						],
					},
				});
			},
		},
	};
}
