import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { builtPages, CODE_ELEMENT, type PageStep, type PageWork } from './rendered-pages.ts';
import { withSmallerChunks } from './pagefind-chunks.ts';
import { lowerChildPriority } from './child-priority.ts';

/** Pagefind reports failures in `errors` instead of throwing: turn them into a failed build. */
function assertNoErrors(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) {
		throw new Error(`[both-ends:pagefind] ${step} failed: ${response.errors.join('; ')}`);
	}
}

/**
 * Writes a Pagefind bundle held in memory (`files`: contents by path relative to it) to `bundle`.
 * Node writes them a few at a time: Pagefind's own `writeFiles()` opens all 6,000-odd files of a
 * thousand-module index at once from dozens of threads, which spent seconds of system time
 * contending for the same directories on this machine.
 */
export async function writeBundle(bundle: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
	const folders = new Set([...files.keys()].map((path) => dirname(join(bundle, path))));
	for (const folder of folders) await mkdir(folder, { recursive: true });
	await Promise.all([...files].map(([path, content]) => writeFile(join(bundle, path), content)));
}

/** The address Pagefind gives the built file at `file` (relative to the site): `en/x/index.html` → `/en/x/`. */
export function pageUrl(file: string): string {
	const url = `/${file}`;
	return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

const codePattern = new RegExp(CODE_ELEMENT, 'gi');
const islandTagPattern = /<astro-island\b[^>]*>/g;
const islandDataPattern = /\s(?:props|opts)="[^"]*"/g;
const searchedPartPattern = /<main\b[^>]*\sdata-pagefind-body[\s=>]/;

/**
 * What Pagefind needs of a page: its `<head>` (language, title) and the part it indexes (the
 * `<main data-pagefind-body>` of `BaseLayout.astro`), without the text of inline scripts and
 * stylesheets or the data of islands (`props`, a quiz's questions), none of which Pagefind
 * indexes. That is under half of a module page and a fifth of a quiz page, and every byte handed
 * over is copied, encoded and parsed again by Pagefind's process. `undefined` for a page with no
 * part to index: Pagefind indexes only the parts marked `data-pagefind-body` once a page has one.
 */
export function indexedPart(html: string): string | undefined {
	const start = html.search(searchedPartPattern);
	if (start < 0) return undefined;
	const end = html.indexOf('</main>', start);
	const bodyStart = html.search(/<body\b/);
	if (end < 0 || bodyStart < 0 || bodyStart > start) return undefined;
	const page = `${html.slice(0, bodyStart)}<body>${html.slice(start, end)}</main></body></html>`;
	return page.replace(codePattern, '<$1></$1>').replace(islandTagPattern, (tag) => tag.replace(islandDataPattern, ''));
}

/** The page step of `pagefindIndex()`, run in the page steps' thread: the page's `indexedPart()`. */
export const pagefindPart: PageWork<string | undefined> = (_file, html) => ({ html, note: indexedPart(html) });

/**
 * Indexes the built site with Pagefind. Pagefind makes one index per `<html lang>`, so each
 * language searches only its own pages.
 *
 * Each page is handed to Pagefind as soon as Astro has rendered it (`pageStep`, run by
 * `renderedPages()`), so Pagefind — a separate process — parses pages on the second core while
 * Astro renders the rest on the first, instead of reading them all back after the build. Pages not
 * rendered that way (status pages, files copied from `public/`) are read from disk at the end, so
 * the index holds every HTML file of the site, as indexing the whole directory would. The index
 * is then cut into smaller chunks than Pagefind's (`withSmallerChunks()`), so a search downloads
 * less of it, and written (`writeBundle()`).
 */
export function pagefindIndex(): AstroIntegration & { pageStep: PageStep<string | undefined>; written: () => Promise<void> } {
	let index: pagefind.PagefindIndex | undefined;
	/** Pages handed over while rendering, by file (relative to the site), and their indexing. */
	const handedOver = new Map<string, Promise<pagefind.NewFileResponse>>();
	/** Pages rendered with no part to index: not handed over, and not read back from disk. */
	const notIndexed = new Set<string>();
	let started = 0;
	/** The index being written, from the end of this integration's `astro:build:done` on. */
	let writing: Promise<void> | undefined;

	/** Waits for Pagefind to index every page, writes the index and re-cuts it; closes Pagefind either way. */
	async function writeIndex(
		into: pagefind.PagefindIndex,
		site: string,
		added: Promise<pagefind.NewFileResponse>[],
		logger: AstroIntegrationLogger,
	) {
		try {
			const responses = await Promise.all(added);
			for (const response of responses) assertNoErrors('addHTMLFile', response);
			const pages = responses.filter((response) => response.file).length;
			if (pages === 0) throw new Error('[both-ends:pagefind] no pages were indexed');
			// The bundle comes back in memory, is re-cut there and written once, rather than written
			// by Pagefind, read back, re-cut and partly written again.
			const bundle = await into.getFiles();
			assertNoErrors('getFiles', bundle);
			await writeBundle(`${site}pagefind`, withSmallerChunks(new Map(bundle.files.map(({ path, content }) => [path, content]))));
			logger.info(
				`Indexed ${pages} pages (${handedOver.size} while rendering) in ${Math.round(performance.now() - started)} ms since the build began`,
			);
		} catch (cause) {
			throw new Error('Failed to run Pagefind.', { cause });
		} finally {
			handedOver.clear();
			notIndexed.clear();
			index = undefined;
			await pagefind.close();
		}
	}

	return {
		name: 'both-ends:pagefind',
		pageStep: {
			work: { module: import.meta.url, name: 'pagefindPart' },
			noted(file, content) {
				if (index && content !== undefined) handedOver.set(file, index.addHTMLFile({ url: pageUrl(file), content }));
				else if (index) notIndexed.add(file);
			},
		},
		/**
		 * Resolves once the index is written to `dist/pagefind/`, or rejects with why it could not be.
		 * Whatever reads that directory after the build (`offlineSupport()`) waits for this first.
		 */
		written: () => writing ?? Promise.reject(new Error('[both-ends:pagefind] the build has not reached astro:build:done')),
		hooks: {
			'astro:build:start': async () => {
				writing = undefined;
				started = performance.now();
				const created = await pagefind.createIndex({});
				assertNoErrors('createIndex', created);
				index = created.index;
				if (!index) throw new Error('[both-ends:pagefind] createIndex returned no index');
				// Rendering, on Node's one thread, is the build's critical path. Pagefind's process parses
				// each page handed over on threads of its own, which on two cores kept taking turns with
				// the renderer: at the lowest priority they run on the time rendering leaves, and keep up
				// (the thousand-module build rendered in 37 s instead of 43, with the same index).
				lowerChildPriority('pagefind');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const current = index;
				if (!current) {
					await pagefind.close();
					throw new Error('[both-ends:pagefind] the index was not created at the start of the build');
				}
				const site = fileURLToPath(dir);
				// The pages not handed over while rendering are read now, before the integrations after
				// this one change them (csp-headers rewrites the status pages' policies).
				// renderedPages() has checked that each page handed over is a file Astro wrote.
				const fromDisk = (await builtPages(dir)).filter((file) => !handedOver.has(file) && !notIndexed.has(file));
				const read = await Promise.all(fromDisk.map(async (file) => ({ file, content: await readFile(join(site, file), 'utf8') })));
				const added = [...handedOver.values(), ...read.map(({ file, content }) => current.addHTMLFile({ url: pageUrl(file), content }))];
				// Pagefind builds and writes the index in its own process, for several seconds at a thousand
				// modules per language: the integrations after this one do their work meanwhile, and the
				// last one, offlineSupport(), waits for `written()` before it lists the site's files.
				writing = writeIndex(current, site, added, logger);
				// Handled by whoever waits for `written()`; without this, Node would end the build first.
				writing.catch(() => {});
			},
		},
	};
}
