/**
 * What "keep a language offline" means, shared by the build (which writes each language's list),
 * the service worker (which copies the files) and the offline page (which shows their size).
 */
import { isLocale, locales, type Locale } from '../i18n/locales.ts';

/** One file of a language's offline copy: its URL, its size on disk and a hash of its content. */
export type OfflineFile = [url: string, bytes: number, hash: string];

/** `/offline/<lang>.json`: every file a language needs to work without a network. */
export interface OfflineList {
	/** The build these files belong to; the service worker built with it carries the same. */
	version: string;
	/** The language whose pages these are. */
	lang: Locale;
	/** Every page, data file, script, style and search file of that language, and the shared ones. */
	files: OfflineFile[];
}

/** Where the build writes a language's list. */
export const offlineListUrl = (lang: Locale) => `/offline/${lang}.json`;

/** Each language's download size (`{ version, bytes: { en, fr, it } }`), for the offline page. */
export const OFFLINE_SIZES_FILE = 'offline/sizes.json';

/** Whether a URL path is one of the languages' lists, which are always read from the network. */
export const isOfflineListPath = (pathname: string) => /^\/offline\/[a-z]{2}\.json$/.test(pathname);

/** The service worker's URL; its scope is the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';

/** Every cache this site makes starts with this; each build has its own. */
export const CACHE_PREFIX = 'both-ends-';

/** The cache of one build. */
export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

/**
 * Which dist files (paths relative to dist, with `/`) a language needs offline: its own pages and
 * data, the search index's files for that language, and the files every page shares. Other
 * languages' pages, the trainers' share image and the build's own lists are left out.
 */
export function belongsOffline(file: string, lang: Locale): boolean {
	const [top = '', ...rest] = file.split('/');
	if (isLocale(top)) return top === lang;
	if (top === 'pagefind') return pagefindFileBelongs(rest.join('/'), lang);
	// The shared scripts and styles, the on-demand bundles and the role-play maps.
	if (['_astro', 'page-bundles', 'assignment-banner', 'maps'].includes(top)) return true;
	return ['index.html', '404.html', 'favicon.svg', 'search-ui.js', 'progress-merge.js', 'offline-notices.js'].includes(file);
}

/**
 * Pagefind 1.6 names each language's files after the language (`index/en_….pf_index`,
 * `fragment/en_…`, `filter/en_…`, `pagefind.en_….pf_meta`, `wasm.en.pagefind`); the search API,
 * and the entry file are shared. Its bundled UIs are not used by this site.
 */
function pagefindFileBelongs(file: string, lang: Locale): boolean {
	// (The site runs Pagefind without its worker: `pagefind-client.ts`.)
	if (['pagefind.js', 'pagefind-entry.json'].includes(file)) return true;
	const name = file.split('/').pop() ?? '';
	return name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`) || name === `wasm.${lang}.pagefind`;
}

/** A dist file's URL: a page's `index.html` is served at its folder. */
export function urlOfFile(file: string): string {
	if (file === 'index.html') return '/';
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The language a URL path belongs to, if it is under a language folder. */
export function languageOf(pathname: string): Locale | undefined {
	const top = pathname.split('/')[1];
	return isLocale(top) ? top : undefined;
}

/** How many bytes a list holds. */
export function totalBytes(list: Pick<OfflineList, 'files'>): number {
	return list.files.reduce((sum, [, bytes]) => sum + bytes, 0);
}

/** The files to delete when a language is no longer kept: those no other kept language needs. */
export function filesToForget(forget: Pick<OfflineList, 'files'>, stillKept: Pick<OfflineList, 'files'>[]): string[] {
	const needed = new Set(stillKept.flatMap((list) => list.files.map(([url]) => url)));
	return forget.files.map(([url]) => url).filter((url) => !needed.has(url));
}

/**
 * Reads a list fetched from the site. The service worker trusts only a list of its own build: a
 * list of another build would mix two versions' files in one cache.
 */
export function parseOfflineList(value: unknown, version: string): OfflineList {
	const list = value as Partial<OfflineList> | null;
	if (!list || typeof list !== 'object') throw new Error('offline list: not an object');
	if (list.version !== version) throw new Error(`offline list: build ${String(list.version)}, expected ${version}`);
	if (!isLocale(list.lang)) throw new Error('offline list: field "lang" is not a language of the site');
	const files = list.files;
	const valid =
		Array.isArray(files) &&
		files.every(
			(file) =>
				Array.isArray(file) &&
				typeof file[0] === 'string' &&
				file[0].startsWith('/') &&
				!file[0].startsWith('//') &&
				Number.isInteger(file[1]) &&
				typeof file[2] === 'string',
		);
	if (!valid) throw new Error('offline list: field "files" must hold [url, bytes, hash] entries with site-relative URLs');
	return { version: list.version, lang: list.lang, files };
}

/** The kept languages, in the site's order, from what the cache remembers. */
export function keptLanguages(value: unknown): Locale[] {
	if (!Array.isArray(value)) return [];
	return locales.filter((lang) => value.includes(lang));
}
