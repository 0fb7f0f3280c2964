/**
 * The service worker (built to /sw.js by src/integrations/offline.ts, with this build's version).
 *
 * - Each build has its own cache: a page and every file it loads come from one build, never half
 *   old and half new. A new build installs beside the old one, copies the languages the visitor
 *   kept (unchanged files from the old cache, the rest from the network) and then waits; the page
 *   tells the visitor, who reloads when they choose (`update-now`).
 * - On the first visit the page asks for its language to be kept whole (not when the browser asks
 *   to save data); the offline page keeps or forgets any language, with the progress of the copy.
 * - Requests: what the cache has comes from it; anything else from the network, and a page or
 *   file of the site fetched that way is cached for next time. A page neither kept nor reachable
 *   gets the "Use offline" page instead of the browser's error.
 */
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { CopyFailure, OfflineRequest, OfflineStatus } from './messages.ts';
import {
	CACHE_PREFIX,
	cacheName,
	filesToForget,
	isOfflineListPath,
	languageOf,
	keptLanguages,
	offlineListUrl,
	parseOfflineList,
	totalBytes,
	type OfflineList,
} from './offline-list.ts';

/** Replaced by the build with a hash of every file it wrote. */
declare const __BUILD_VERSION__: string;

// The few service-worker types this file uses (the project's TypeScript has the DOM library, not
// the web worker one, and the two cannot be loaded together).
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	request: Request;
	respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
	data: unknown;
}
interface WindowClient {
	url: string;
	postMessage(message: unknown): void;
}
interface WorkerScope {
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled?: boolean }): Promise<WindowClient[]> };
	location: Location;
	navigator: Navigator & { connection?: { saveData?: boolean } };
}
const worker = globalThis as unknown as WorkerScope;

const VERSION = __BUILD_VERSION__;
const CACHE = cacheName(VERSION);
/** A cache entry (never a file of the site) that remembers which languages are kept whole. */
const KEPT_KEY = '/offline/kept-languages';
/** A cache entry that says the first visit's language was kept (or offered) already. */
const FIRST_VISIT_KEY = '/offline/first-visit';
/** A language's "Use offline" page, shown for a page not kept when there is no network. */
const offlinePage = (lang: Locale) => `/${lang}/offline/`;
/** Files fetched at once while copying a language. */
const PARALLEL = 6;

let status: OfflineStatus = { type: 'offline-status', version: VERSION, kept: [] };

async function broadcast(change: Partial<OfflineStatus>): Promise<void> {
	status = { ...status, ...change };
	for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(status);
}

async function readKept(cache: Cache): Promise<Locale[]> {
	const response = await cache.match(KEPT_KEY);
	return keptLanguages(response ? await response.json().catch(() => []) : []);
}

async function writeKept(cache: Cache, kept: Locale[]): Promise<void> {
	await cache.put(KEPT_KEY, new Response(JSON.stringify(kept), { headers: { 'content-type': 'application/json' } }));
}

async function fetchList(lang: Locale): Promise<OfflineList> {
	const response = await fetch(offlineListUrl(lang), { cache: 'no-store' });
	if (!response.ok) throw new CopyError('network');
	try {
		return parseOfflineList(await response.json(), VERSION);
	} catch {
		// The list on the server belongs to a newer build: this worker's files are gone from it.
		throw new CopyError('new-version');
	}
}

class CopyError extends Error {
	readonly reason: CopyFailure;
	constructor(reason: CopyFailure) {
		super(reason);
		this.reason = reason;
	}
}

/**
 * Copies every file of a language into this build's cache, reporting progress. A file already
 * there is skipped; one with the same hash in an older build's cache is copied from it.
 */
async function copyLanguage(lang: Locale, older: Cache[], report: (done: number, total: number) => void): Promise<void> {
	const cache = await caches.open(CACHE);
	const list = await fetchList(lang);
	const total = totalBytes(list);
	let done = 0;
	const queue = [...list.files];
	const copyOne = async ([url, bytes, hash]: OfflineList['files'][number]) => {
		if (!(await cache.match(url))) {
			let response: Response | undefined;
			for (const old of older) {
				const candidate = await old.match(url);
				if (candidate?.headers.get('x-both-ends-hash') === hash) response = candidate;
				if (response) break;
			}
			response ??= await fetch(url, { cache: 'no-store' }).catch(() => undefined);
			if (!response?.ok) throw new CopyError('network');
			await cache.put(url, await withHash(response, hash)).catch(() => {
				throw new CopyError('storage');
			});
		}
		done += bytes;
		report(done, total);
	};
	const lanes = Array.from({ length: PARALLEL }, async () => {
		for (let file = queue.shift(); file; file = queue.shift()) await copyOne(file);
	});
	await Promise.all(lanes);
	await writeKept(cache, [...new Set([...(await readKept(cache)), lang])]);
}

/** The response, remembering the content hash its file had in the list (to copy it to a later build). */
async function withHash(response: Response, hash: string): Promise<Response> {
	const headers = new Headers(response.headers);
	headers.set('x-both-ends-hash', hash);
	return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

let copying: Promise<void> = Promise.resolve();

/** Keeps a language, one copy at a time, telling every page how it goes. */
function keep(lang: Locale): Promise<void> {
	copying = copying.then(async () => {
		const cache = await caches.open(CACHE);
		await broadcast({ copying: { lang, done: 0, total: 0 }, failed: undefined, kept: await readKept(cache) });
		try {
			await copyLanguage(lang, [], (done, total) => void broadcast({ copying: { lang, done, total } }));
			await broadcast({ copying: undefined, kept: await readKept(cache) });
		} catch (error) {
			const reason = error instanceof CopyError ? error.reason : 'network';
			await broadcast({ copying: undefined, failed: { lang, reason } });
		}
	});
	return copying;
}

async function forget(lang: Locale): Promise<void> {
	const cache = await caches.open(CACHE);
	const kept = (await readKept(cache)).filter((other) => other !== lang);
	await writeKept(cache, kept);
	try {
		const lists = await Promise.all([lang, ...kept].map(fetchList));
		const [forgotten, ...others] = lists;
		if (forgotten) await Promise.all(filesToForget(forgotten, others).map((url) => cache.delete(url)));
	} catch {
		// Offline, or a newer build: the files stay until this build's cache is replaced.
	}
	await broadcast({ kept });
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			// An update: copy the languages the visitor kept before this version takes over.
			const older = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
			const olderCaches = await Promise.all(older.map((name) => caches.open(name)));
			const kept = new Set<Locale>();
			for (const cache of olderCaches) for (const lang of await readKept(cache)) kept.add(lang);
			for (const lang of kept) await copyLanguage(lang, olderCaches, () => {});
			const cache = await caches.open(CACHE);
			for (const old of olderCaches) if (await old.match(FIRST_VISIT_KEY)) await cache.put(FIRST_VISIT_KEY, new Response('1'));
		})(),
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
			}
			status = { ...status, kept: await readKept(await caches.open(CACHE)) };
			await worker.clients.claim();
		})(),
	);
});

/**
 * The first page this worker controls asks for its language to be kept whole (once: a language
 * forgotten later stays forgotten), unless the browser asks to save data.
 */
async function firstVisit(lang: Locale): Promise<void> {
	const cache = await caches.open(CACHE);
	if ((await cache.match(FIRST_VISIT_KEY)) || worker.navigator.connection?.saveData) return;
	await cache.put(FIRST_VISIT_KEY, new Response('1'));
	await keep(lang);
}

worker.addEventListener('message', (event) => {
	const request = event.data as OfflineRequest;
	if (request?.type === 'keep' && isLocale(request.lang)) event.waitUntil(keep(request.lang));
	else if (request?.type === 'first-visit' && isLocale(request.lang)) event.waitUntil(firstVisit(request.lang));
	else if (request?.type === 'forget' && isLocale(request.lang)) event.waitUntil(forget(request.lang));
	else if (request?.type === 'update-now') event.waitUntil(worker.skipWaiting());
	else if (request?.type === 'status') event.waitUntil(broadcast({}));
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
	// The lists are always read fresh: they say which build the server has.
	if (isOfflineListPath(url.pathname)) return;
	event.respondWith(answer(request, url));
});

async function answer(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// A static site serves the same file whatever the query (`?q=` on the search page, the time
	// Pagefind adds to its entry file to skip the HTTP cache): one entry per path.
	const key = url.pathname;
	const cached = await cache.match(key, { ignoreSearch: true });
	if (cached) return cached;
	let response: Response;
	try {
		response = await fetch(request);
	} catch (error) {
		// Offline, on a page not kept: the "Use offline" page of that language (or of one kept)
		// says what is kept and how to keep more, rather than the browser's error page.
		if (request.mode !== 'navigate') throw error;
		const lang = languageOf(url.pathname);
		const candidates = [...(lang ? [lang] : []), ...(await readKept(cache))];
		const fallback = (await Promise.all(candidates.map((other) => cache.match(offlinePage(other))))).find(Boolean);
		if (!fallback) throw error;
		return fallback;
	}
	// Pages and files of the site are kept as they are visited (a `Range` answer or an error is not).
	if (response.status === 200 && !response.redirected) void cache.put(key, response.clone()).catch(() => {});
	return response;
}
