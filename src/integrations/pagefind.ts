import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { builtPages, type PageStep } from './rendered-pages.ts';
import { splitIndexChunks } from './pagefind-chunks.ts';

/** Pagefind reports failures in `errors` instead of throwing: turn them into a failed build. */
function assertNoErrors(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) {
		throw new Error(`[both-ends:pagefind] ${step} failed: ${response.errors.join('; ')}`);
	}
}

/**
 * Re-cuts the word index Pagefind wrote to `bundle` into smaller chunks (`splitIndexChunks()`):
 * reads the entry, meta and index files, writes the new ones and deletes those they replace.
 */
export async function writeSmallerChunks(bundle: string): Promise<void> {
	const names = [
		...(await readdir(bundle)).filter((name) => name === 'pagefind-entry.json' || name.endsWith('.pf_meta')),
		...(await readdir(join(bundle, 'index'))).map((name) => `index/${name}`),
	];
	const files = new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(bundle, name))] as const)));
	const { write, remove } = splitIndexChunks(files);
	await Promise.all(remove.map((name) => rm(join(bundle, name))));
	await Promise.all([...write].map(([name, content]) => writeFile(join(bundle, name), content)));
}

/** The address Pagefind gives the built file at `file` (relative to the site): `en/x/index.html` → `/en/x/`. */
export function pageUrl(file: string): string {
	const url = `/${file}`;
	return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

const codePattern = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
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

/**
 * Indexes the built site with Pagefind. Pagefind makes one index per `<html lang>`, so each
 * language searches only its own pages.
 *
 * Each page is handed to Pagefind as soon as Astro has rendered it (`pageStep`, run by
 * `renderedPages()`), so Pagefind — a separate process — parses pages on the second core while
 * Astro renders the rest on the first, instead of reading them all back after the build. Pages not
 * rendered that way (status pages, files copied from `public/`) are read from disk at the end, so
 * the index holds every HTML file of the site, as indexing the whole directory would. The index
 * is then cut into smaller chunks than Pagefind's (`writeSmallerChunks()`), so a search downloads
 * less of it.
 */
export function pagefindIndex(): AstroIntegration & { pageStep: PageStep } {
	let index: pagefind.PagefindIndex | undefined;
	/** Pages handed over while rendering, by file (relative to the site), and their indexing. */
	const handedOver = new Map<string, Promise<pagefind.NewFileResponse>>();
	/** Pages rendered with no part to index: not handed over, and not read back from disk. */
	const notIndexed = new Set<string>();
	let started = 0;

	return {
		name: 'both-ends:pagefind',
		pageStep: {
			page(file, html) {
				const content = indexedPart(html);
				if (index && content !== undefined) handedOver.set(file, index.addHTMLFile({ url: pageUrl(file), content }));
				else if (index) notIndexed.add(file);
				return html;
			},
		},
		hooks: {
			'astro:build:start': async () => {
				started = performance.now();
				const created = await pagefind.createIndex({});
				assertNoErrors('createIndex', created);
				index = created.index;
				if (!index) throw new Error('[both-ends:pagefind] createIndex returned no index');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					if (!index) throw new Error('[both-ends:pagefind] the index was not created at the start of the build');
					// renderedPages() has checked that each page handed over is a file Astro wrote.
					const fromDisk = (await builtPages(dir)).filter((file) => !handedOver.has(file) && !notIndexed.has(file));
					const added = await Promise.all([
						...handedOver.values(),
						...fromDisk.map(async (file) => index!.addHTMLFile({ url: pageUrl(file), content: await readFile(join(site, file), 'utf8') })),
					]);
					for (const response of added) assertNoErrors('addHTMLFile', response);
					const pages = added.filter((response) => response.file).length;
					if (pages === 0) throw new Error('[both-ends:pagefind] no pages were indexed');
					assertNoErrors('writeFiles', await index.writeFiles({ outputPath: `${site}pagefind` }));
					await writeSmallerChunks(`${site}pagefind`);
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
			},
		},
	};
}
