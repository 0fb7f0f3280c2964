import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { locales } from '../lib/i18n/locales.ts';
import {
	belongsOffline,
	OFFLINE_SIZES_FILE,
	offlineListUrl,
	SERVICE_WORKER_URL,
	totalBytes,
	urlOfFile,
	type OfflineFile,
	type OfflineList,
} from '../lib/offline/offline-list.ts';

/** What the worker's code carries until the version is known. */
const VERSION_STAND_IN = '__both_ends_build_version__';

/** Every file under `root`, as paths relative to it with `/`. */
function filesUnder(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Writes what the site needs to work offline, after every other step of the build has written its
 * files (it must run last: it hashes them):
 * - `/offline/<lang>.json`: each language's files, sizes and content hashes (`offline-list.ts`),
 *   and `/offline/sizes.json`, each language's total;
 * - `/sw.js`: the service worker (`src/lib/offline/service-worker.ts`), carrying the build's
 *   version, a hash of every file and of its own code, so any change to the site installs a new
 *   worker (the browser compares the worker's bytes).
 */
export function offlineSupport(options: {
	/**
	 * Files other integrations are still writing when this one's turn comes (the search index,
	 * `pagefindIndex().written`): listed and hashed only once this resolves.
	 */
	waitFor: () => Promise<unknown>;
}): AstroIntegration {
	return {
		name: 'both-ends:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await options.waitFor();
				const root = fileURLToPath(dir);
				const files: OfflineFile[] = filesUnder(root)
					.filter((file) => file !== '_headers' && !file.startsWith('offline/') && `/${file}` !== SERVICE_WORKER_URL)
					.sort()
					.map((file) => {
						const content = readFileSync(join(root, file));
						return [file, content.length, createHash('sha256').update(content).digest('hex').slice(0, 16)];
					});
				// The worker first, with a stand-in for the version: its own code is part of the version too.
				const built = await build({
					entryPoints: [fileURLToPath(new URL('../lib/offline/service-worker.ts', import.meta.url))],
					define: { __BUILD_VERSION__: JSON.stringify(VERSION_STAND_IN) },
					bundle: true,
					minify: true,
					// A classic script: every browser with service workers runs it.
					format: 'iife',
					target: 'es2022',
					write: false,
					logLevel: 'silent',
				}).catch((error: Error) => {
					throw new Error(`[both-ends:offline] service worker: ${error.message}`);
				});
				const workerCode = built.outputFiles[0]?.text;
				if (!workerCode?.includes(VERSION_STAND_IN)) throw new Error('[both-ends:offline] the service worker does not carry its version');
				const version = createHash('sha256')
					.update(files.map(([file, , hash]) => `${file} ${hash}`).join('\n'))
					.update(workerCode)
					.digest('hex')
					.slice(0, 12);
				writeFileSync(join(root, `.${SERVICE_WORKER_URL}`), workerCode.replaceAll(VERSION_STAND_IN, version));
				mkdirSync(join(root, 'offline'), { recursive: true });
				const lists = locales.map((lang): OfflineList => ({
					version,
					lang,
					files: files.filter(([file]) => belongsOffline(file, lang)).map(([file, bytes, hash]) => [urlOfFile(file), bytes, hash]),
				}));
				// The offline page shows each language's size, even offline: the sizes are one of the files kept.
				const sizes = JSON.stringify({ version, bytes: Object.fromEntries(lists.map((list) => [list.lang, totalBytes(list)])) });
				writeFileSync(join(root, OFFLINE_SIZES_FILE), sizes);
				const sizesEntry: OfflineFile = [
					urlOfFile(OFFLINE_SIZES_FILE),
					Buffer.byteLength(sizes),
					createHash('sha256').update(sizes).digest('hex').slice(0, 16),
				];
				for (const list of lists)
					writeFileSync(join(root, `.${offlineListUrl(list.lang)}`), JSON.stringify({ ...list, files: [...list.files, sizesEntry] }));
				logger.info(`Build ${version}: wrote ${SERVICE_WORKER_URL} and the offline lists of ${locales.join(', ')}`);
			},
		},
	};
}
