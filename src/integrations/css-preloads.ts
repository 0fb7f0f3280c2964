import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes the styles of every Svelte component a page uses into the page and deletes the
 * stylesheet Vite made for them. A component that a page's script imports on demand (a module
 * page’s quiz, loaded by `module/ModuleLoader.astro`) keeps that deleted stylesheet in Vite's preload list, and the
 * browser would fail the import fetching it. After the build, each missing stylesheet in a
 * preload list is replaced by the list's first script, which the list already loads, so the
 * browser fetches nothing more. The styles themselves are in the page (`LazyQuiz.astro` imports
 * the component for that).
 */

/** Vite's preload list in a built chunk: `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=[…])))`. */
const PRELOAD_LIST = /(__vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[)([^\]]*)(\])/g;

/**
 * `code` with every stylesheet of its preload list that `exists` says is missing replaced by the
 * list's first script, and how many were replaced.
 */
export function dropMissingStylesheets(code: string, exists: (file: string) => boolean): { code: string; dropped: string[] } {
	const dropped: string[] = [];
	const fixed = code.replace(PRELOAD_LIST, (_whole, head: string, list: string, tail: string) => {
		const entries = list.split(',');
		const firstScript = entries.find((entry) => /\.js"$/.test(entry));
		const kept = entries.map((entry) => {
			const file = entry.slice(1, -1);
			if (!file.endsWith('.css') || exists(file) || !firstScript) return entry;
			dropped.push(file);
			return firstScript;
		});
		return `${head}${kept.join(',')}${tail}`;
	});
	return { code: fixed, dropped };
}

/** Fixes every script of the build (`_astro/*.js`); see the file's comment. */
export function cssPreloads(): AstroIntegration {
	return {
		name: 'both-ends:css-preloads',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const scripts = join(root, '_astro');
				if (!existsSync(scripts)) return;
				let count = 0;
				for (const name of readdirSync(scripts).filter((file) => file.endsWith('.js'))) {
					const path = join(scripts, name);
					const before = readFileSync(path, 'utf8');
					const { code, dropped } = dropMissingStylesheets(before, (file) => existsSync(join(root, file)));
					if (dropped.length === 0) continue;
					writeFileSync(path, code);
					count += dropped.length;
				}
				if (count > 0) logger.info(`Left ${count} stylesheet${count === 1 ? '' : 's'} the pages already carry out of on-demand imports`);
			},
		},
	};
}
