import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

/**
 * Every file under `root`, as paths relative to it with `/`, leaving out the folder named `skip`
 * directly under it, if given; none if `root` itself does not exist.
 */
function filesUnder(root: string, skip?: string): string[] {
	let top;
	try {
		top = readdirSync(root, { withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	const inside = top
		.filter((entry) => entry.isDirectory() && entry.name !== skip)
		.flatMap((folder) => readdirSync(join(root, folder.name), { recursive: true, withFileTypes: true }));
	return [...top, ...inside]
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Files read at a time while hashing: enough to keep the disk busy, few enough to leave the thread to others. */
const READ_AT_ONCE = 32;

/** Each file (relative to `root`) with its size and content hash, in the order given. */
async function hashFiles(root: string, files: readonly string[]): Promise<OfflineFile[]> {
	const hashed: OfflineFile[] = [];
	for (let start = 0; start < files.length; start += READ_AT_ONCE) {
		const batch = files.slice(start, start + READ_AT_ONCE);
		const contents = await Promise.all(batch.map((file) => readFile(join(root, file))));
		batch.forEach((file, index) => {
			const content = contents[index]!;
			hashed.push([file, content.length, createHash('sha256').update(content).digest('hex').slice(0, 16)]);
		});
	}
	return hashed;
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
	 * A folder of the site another integration is still writing when this one's turn comes (the
	 * search index: `pagefind`), and what resolves once it is written (`pagefindIndex().written`).
	 * The rest of the site is hashed meanwhile; that folder once it is written.
	 */
	stillWriting: { folder: string; done: () => Promise<unknown> };
}): AstroIntegration {
	return {
		name: 'both-ends:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { folder, done } = options.stillWriting;
				// The worker first, with a stand-in for the version: its own code is part of the version too.
				const workerBuild = build({
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
				// Awaited once the files are hashed; a failure then is reported there.
				workerBuild.catch(() => {});
				const listed = (file: string) => file !== '_headers' && !file.startsWith('offline/') && `/${file}` !== SERVICE_WORKER_URL;
				// Hashed while that folder is still being written: it is all the site but the search index.
				const rest = await hashFiles(root, filesUnder(root, folder).filter(listed));
				await done();
				const late = await hashFiles(
					root,
					filesUnder(join(root, folder)).map((file) => `${folder}/${file}`),
				);
				const files = [...rest, ...late].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
				const built = await workerBuild;
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
