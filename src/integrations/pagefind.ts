import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { builtPages, CODE_ELEMENT, sectionOf, type PageStep, type PageWork } from './rendered-pages.ts';
import { CHUNK_POSITIONS, splitIndexChunks } from './pagefind-chunks.ts';
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

/** What Pagefind gets of a page: its language, which picks its index, and `indexedPart()`. */
export interface IndexedPage {
	/** The page's `<html lang>`, lower-cased: Pagefind keeps an index per language. */
	lang: string;
	/** The page's `indexedPart()`. */
	part: string;
}

const htmlLangPattern = /<html\b[^>]*?\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** A page's `<html lang>`, lower-cased and trimmed; `undefined` if it has none. */
export function pageLanguage(html: string): string | undefined {
	const match = htmlLangPattern.exec(html);
	const lang = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim().toLowerCase();
	return lang || undefined;
}

/**
 * The page step of `pagefindIndex()`, run in the page steps' thread: the page's language and
 * `indexedPart()`, or `undefined` for a page with nothing to index. A page to index must say its
 * language: each language is indexed on its own, and a page without one would be searched under
 * none of them.
 */
export const pagefindPart: PageWork<IndexedPage | undefined> = (_file, html) => {
	const part = indexedPart(html);
	if (part === undefined) return { html, note: undefined };
	const lang = pageLanguage(html);
	if (!lang) throw new Error('the page has a part to index (data-pagefind-body) but no <html lang>, which search needs');
	return { html, note: { lang, part } };
};

const ENTRY = 'pagefind-entry.json';

/** `pagefind-entry.json`, as far as merging reads it; other fields are kept as they are. */
export interface PagefindEntry {
	/** The Pagefind version that wrote the index. */
	version: string;
	/** Each language's index, by language: its meta file's hash, page count and stemmer. */
	languages: Record<string, unknown>;
	[field: string]: unknown;
}

/**
 * The `pagefind-entry.json` of indexes written separately into one directory, each of other
 * languages, as Pagefind writes it for one index of them all: every language of each. Throws,
 * naming the language, where two hold the same one, or where they differ in anything else.
 */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
	const [first, ...others] = entries;
	if (!first) throw new Error('[both-ends:pagefind] no index was written');
	const { languages: firstLanguages, ...shared } = first;
	const merged: PagefindEntry = { ...first, languages: { ...firstLanguages } };
	for (const { languages, ...fields } of others) {
		if (JSON.stringify(fields) !== JSON.stringify(shared)) {
			throw new Error(`[both-ends:pagefind] the languages' ${ENTRY} files differ in more than their languages`);
		}
		for (const [lang, language] of Object.entries(languages)) {
			if (lang in merged.languages) throw new Error(`[both-ends:pagefind] two indexes hold the language "${lang}"`);
			merged.languages[lang] = language;
		}
	}
	return merged;
}

/** One language's index while the site is built. */
interface LanguageIndex {
	/** The index, once Pagefind has made it. */
	index: Promise<pagefind.PagefindIndex>;
	/** Each page handed to it, as Pagefind answered. */
	added: Promise<pagefind.NewFileResponse>[];
	/** Its files written to the bundle directory and the entry Pagefind wrote with them, once asked for. */
	written?: Promise<PagefindEntry>;
	/** Whether pages were added after `written` was asked for, so that it must be written again. */
	stale: boolean;
}

/** The files of the languages `entry` lists, as Pagefind names them, relative to the bundle directory. */
async function languageFiles(dir: string, entry: PagefindEntry): Promise<string[]> {
	const prefixes = Object.keys(entry.languages).map((lang) => `${lang}_`);
	const files = await readdir(dir, { recursive: true });
	return files.filter((path) => {
		const name = path
			.split(sep)
			.at(-1)!
			.replace(/^pagefind\./, '');
		return prefixes.some((prefix) => name.startsWith(prefix));
	});
}

/** What the re-cut reads of the languages `entry` lists (`splitIndexChunks()`): the entry, their meta files and word index chunks. */
async function indexFiles(dir: string, entry: PagefindEntry): Promise<Map<string, Uint8Array>> {
	const languages = Object.entries(entry.languages) as [string, { hash?: string }][];
	const metas = languages.map(([, language]) => `pagefind.${language.hash}.pf_meta`);
	const prefixes = languages.map(([lang]) => `${lang}_`);
	const chunks = (await readdir(join(dir, 'index')))
		.filter((name) => prefixes.some((prefix) => name.startsWith(prefix)))
		.map((name) => `index/${name}`);
	const files = new Map<string, Uint8Array>([[ENTRY, Buffer.from(JSON.stringify(entry))]]);
	await Promise.all([...metas, ...chunks].map(async (path) => files.set(path, await readFile(join(dir, path)))));
	return files;
}

/**
 * Re-cuts the word index of the languages `entry` lists, as Pagefind wrote them into `dir`, into
 * smaller chunks (`splitIndexChunks()`), and returns the entry naming their new meta files. Files of
 * other languages are neither read nor touched, so a language is re-cut as soon as it is written,
 * while the next is still being written; the result is the same as re-cutting them all at the end.
 */
export async function recutIndex(dir: string, entry: PagefindEntry, positions = CHUNK_POSITIONS): Promise<PagefindEntry> {
	const { write: changed, remove } = splitIndexChunks(await indexFiles(dir, entry), positions);
	const recut = changed.get(ENTRY);
	// Written once, merged, when every language is in.
	changed.delete(ENTRY);
	await writeBundle(dir, changed);
	await Promise.all(remove.map((path) => rm(join(dir, path), { force: true })));
	return recut ? (JSON.parse(Buffer.from(recut).toString('utf8')) as PagefindEntry) : entry;
}

/**
 * Indexes the built site with Pagefind: an index per language (`<html lang>`), as Pagefind itself
 * makes, so each language searches only its own pages.
 *
 * Each page is handed to Pagefind as soon as Astro has rendered it (`pageStep`, run by
 * `renderedPages()`), so Pagefind — a separate process — parses pages on the second core while
 * Astro renders the rest on the first, instead of reading them all back after the build. The site
 * renders one language after another (`bySection()`), and Pagefind builds and writes a language's
 * index as soon as its last page is in, while the next language renders: it can build an index
 * only once it has every page, and building the three at the end took 5–7 s after the last page
 * at a thousand modules per language. Pagefind writes the files itself, so Node's thread, which
 * renders, does not handle them. The languages' `pagefind-entry.json` are merged
 * (`mergeEntries()`) into the one a single index of every page has. Pages not rendered that way
 * (status pages, files copied from `public/`) are read from disk at the end, and a language that
 * gets one after its index was written is written again, so the index holds every HTML file of
 * the site, as indexing the whole directory would. Each language's word index is then cut into
 * smaller chunks than Pagefind's (`recutIndex()`), so a search downloads less of it: at the end of
 * the build, the languages written while rendering are re-cut while the last one is being written.
 */
export function pagefindIndex(): AstroIntegration & { pageStep: PageStep<IndexedPage | undefined>; written: () => Promise<void> } {
	/** The indexes by language, from each language's first page on. */
	const languages = new Map<string, LanguageIndex>();
	/** Pages handed over while rendering, and pages rendered with nothing to index (not read back from disk). */
	const handedOver = new Set<string>();
	const notIndexed = new Set<string>();
	/** Pages still to be rendered, by section of the site (`sectionOf()`): a language's are under its own. */
	const toRender = new Map<string, number>();
	/** Each page to be rendered, in the order planned (`planned()`), and each one's place in it. */
	let plannedFiles: readonly string[] = [];
	const plannedAt = new Map<string, number>();
	/**
	 * Pages rendered before one planned ahead of them, by their place: Pagefind numbers pages in the
	 * order it gets them, and four pages render at once, finishing in no fixed order. Handed over as
	 * they finished, two builds of the same site gave indexes with other page numbers, so other
	 * files and a new offline version: every visitor's service worker fetched the index again.
	 */
	const waiting = new Map<number, { file: string; page: IndexedPage | undefined }>();
	/** The place of the next page to hand over. */
	let nextPlanned = 0;
	/** `dist/pagefind/`, known once the configuration is. */
	let bundleDir: string | undefined;
	/** The last index write asked for: they run one after another, each writing the entry file. */
	let lastWrite: Promise<unknown> = Promise.resolve();
	let started = 0;
	/** The index being written, from the end of this integration's `astro:build:done` on. */
	let writing: Promise<void> | undefined;

	function indexFor(lang: string): LanguageIndex {
		let language = languages.get(lang);
		if (!language) {
			const index = pagefind.createIndex({}).then((created) => {
				assertNoErrors('createIndex', created);
				if (!created.index) throw new Error('[both-ends:pagefind] createIndex returned no index');
				// Rendering, on Node's one thread, is the build's critical path. Pagefind's process parses
				// each page handed over on threads of its own, which on two cores kept taking turns with
				// the renderer: at the lowest priority they run on the time rendering leaves, and keep up
				// (the thousand-module build rendered in 37 s instead of 43, with the same index).
				lowerChildPriority('pagefind');
				return created.index;
			});
			language = { index, added: [], stale: false };
			languages.set(lang, language);
		}
		return language;
	}

	function add(lang: string, url: string, content: string): void {
		const language = indexFor(lang);
		language.added.push(language.index.then((index) => index.addHTMLFile({ url, content })));
		if (language.written) language.stale = true;
	}

	/**
	 * Has Pagefind write `language`'s index into `dir` once every page handed to it is in, and
	 * resolves to the entry it wrote with it. One language at a time: each writes the entry file.
	 */
	function write(language: LanguageIndex, dir: string): Promise<PagefindEntry> {
		const done = lastWrite.then(async () => {
			for (const response of await Promise.all(language.added)) assertNoErrors('addHTMLFile', response);
			assertNoErrors('writeFiles', await (await language.index).writeFiles({ outputPath: dir }));
			return JSON.parse(await readFile(join(dir, ENTRY), 'utf8')) as PagefindEntry;
		});
		lastWrite = done.catch(() => {});
		return done;
	}

	/** Writes the index of `lang` as soon as the last page of its section is rendered. */
	function writeEarly(lang: string): void {
		const language = languages.get(lang);
		if (!language || language.written || !bundleDir) return;
		language.written = write(language, bundleDir);
		// Waited for, and its failure reported, at the end.
		language.written.catch(() => {});
	}

	/** Hands a rendered page to its language's index, and writes the index once its section is all in. */
	function handOver(file: string, page: IndexedPage | undefined): void {
		if (page) {
			add(page.lang, pageUrl(file), page.part);
			handedOver.add(file);
		} else notIndexed.add(file);
		const section = sectionOf(file);
		const left = (toRender.get(section) ?? 0) - 1;
		toRender.set(section, left);
		if (left === 0) writeEarly(section);
	}

	/** Writes what is left (each language not written yet, or given pages since), re-cuts each language's word index, merges the entries. */
	async function finish(logger: AstroIntegrationLogger, dir: string) {
		try {
			const early = [...languages].filter(([, language]) => language.written && !language.stale).map(([lang]) => lang);
			// Each language is re-cut as soon as its index is written: those written while rendering
			// are re-cut while the last one is still being written.
			const entries = await Promise.all(
				[...languages.values()].map(async (language) => {
					if (language.written && language.stale) {
						const before = await language.written;
						await Promise.all((await languageFiles(dir, before)).map((path) => rm(join(dir, path), { force: true })));
						language.written = undefined;
					}
					language.written ??= write(language, dir);
					return recutIndex(dir, await language.written);
				}),
			);
			const pages = (await Promise.all([...languages.values()].flatMap((language) => language.added))).filter(
				(response) => response.file,
			).length;
			if (pages === 0) throw new Error('[both-ends:pagefind] no pages were indexed');
			await writeFile(join(dir, ENTRY), JSON.stringify(mergeEntries(entries)));
			logger.info(
				`Indexed ${pages} pages (${handedOver.size} while rendering; ${early.length > 0 ? early.join(', ') : 'no language'} written while rendering) in ${Math.round(performance.now() - started)} ms since the build began`,
			);
		} catch (cause) {
			throw new Error('Failed to run Pagefind.', { cause });
		} finally {
			languages.clear();
			handedOver.clear();
			notIndexed.clear();
			toRender.clear();
			plannedAt.clear();
			plannedFiles = [];
			await pagefind.close();
		}
	}

	return {
		name: 'both-ends:pagefind',
		pageStep: {
			work: { module: import.meta.url, name: 'pagefindPart' },
			planned(files) {
				toRender.clear();
				plannedAt.clear();
				plannedFiles = files;
				waiting.clear();
				nextPlanned = 0;
				files.forEach((file, at) => {
					toRender.set(sectionOf(file), (toRender.get(sectionOf(file)) ?? 0) + 1);
					plannedAt.set(file, at);
				});
			},
			noted(file, page) {
				const at = plannedAt.get(file);
				if (at === undefined) {
					handOver(file, page);
					return;
				}
				waiting.set(at, { file, page });
				for (let next = waiting.get(nextPlanned); next; next = waiting.get(nextPlanned)) {
					waiting.delete(nextPlanned);
					nextPlanned += 1;
					handOver(next.file, next.page);
				}
			},
		},
		/**
		 * Resolves once the index is written to `dist/pagefind/`, or rejects with why it could not be.
		 * Whatever reads that directory after the build (`offlineSupport()`) waits for this first.
		 */
		written: () => writing ?? Promise.reject(new Error('[both-ends:pagefind] the build has not reached astro:build:done')),
		hooks: {
			'astro:config:done': ({ config }) => {
				bundleDir = join(fileURLToPath(config.outDir), 'pagefind');
			},
			'astro:build:start': () => {
				writing = undefined;
				lastWrite = Promise.resolve();
				started = performance.now();
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				if (bundleDir !== join(site, 'pagefind')) {
					throw new Error(`[both-ends:pagefind] the build wrote to ${site}, not to the configured ${bundleDir ?? '(no outDir)'}`);
				}
				// Pages still waiting for one planned before them that never came (not rendered through
				// the steps), in their order. The index is the same, but their languages were not
				// written while rendering: said, so the slower build has a cause.
				if (waiting.size > 0) {
					logger.warn(
						`${waiting.size} rendered page(s) waited for ${plannedFiles[nextPlanned]}, planned before them but never rendered through the page steps; they were indexed at the end`,
					);
				}
				for (const [, { file, page }] of [...waiting].sort(([a], [b]) => a - b)) handOver(file, page);
				waiting.clear();
				// The pages not handed over while rendering are read now, before the integrations after
				// this one change them (csp-headers rewrites the status pages' policies).
				// renderedPages() has checked that each page handed over is a file Astro wrote.
				const fromDisk = (await builtPages(dir)).filter((file) => !handedOver.has(file) && !notIndexed.has(file));
				for (const file of fromDisk) {
					// The same step as a rendered page, run here on this thread.
					let page: IndexedPage | undefined;
					try {
						page = pagefindPart(file, await readFile(join(site, file), 'utf8')).note;
					} catch (error) {
						throw new Error(`[both-ends:pagefind] ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
					}
					if (page) add(page.lang, pageUrl(file), page.part);
				}
				// Pagefind builds and writes what is left of the index in its own process: the
				// integrations after this one do their work meanwhile, and the last one,
				// offlineSupport(), waits for `written()` before it lists the site's files.
				writing = finish(logger, bundleDir);
				// Handled by whoever waits for `written()`; without this, Node would end the build first.
				writing.catch(() => {});
			},
		},
	};
}
