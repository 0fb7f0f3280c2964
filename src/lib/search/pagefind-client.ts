import { siteFile, sitePath } from '../site-root.ts';

/** One search result, reduced to what the site shows. */
export interface SearchHit {
	url: string;
	title: string;
	/** Pagefind's excerpt: escaped text with `<mark>` around matches. */
	excerpt: string;
	track?: string;
	type?: string;
}

export interface SearchOutcome {
	/** How many pages match. */
	total: number;
	/** The first results, with their excerpts. */
	hits: SearchHit[];
	/** The next `count` results after those already fetched (each result's excerpt is a file of its own). */
	more(count?: number): Promise<SearchHit[]>;
}

/** Results fetched at first, and at each "More results": each one is a fragment request. */
export const RESULTS_PER_STEP = 5;

/** Filters the index knows: see `data-pagefind-filter` in `BaseLayout.astro`. */
export type SearchFilters = Partial<Record<'track' | 'type', string>>;

/** Queries longer than this are cut: a URL parameter is untrusted and should not cost much. */
export const MAX_QUERY_LENGTH = 120;

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: SearchFilters },
	): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind's own script from the built site, once. Pagefind picks the index that matches
 * the page's `<html lang>`, so results come from the current language only.
 */
export function loadPagefind(): Promise<PagefindApi> {
	// A variable keeps the bundler from trying to resolve a file that only exists after the build.
	const url = siteFile('pagefind/pagefind.js');
	pagefind ??= import(/* @vite-ignore */ url).then(async (api: PagefindApi) => {
		// No worker: the index is small, a search takes milliseconds on the page's own thread, and
		// the worker's script (12 KB) need not be fetched.
		await api.options({ excerptLength: 22, noWorker: true });
		return api;
	});
	pagefind.catch(() => {
		pagefind = undefined;
	});
	return pagefind;
}

export function normaliseQuery(raw: string | null | undefined): string {
	return (raw ?? '').trim().slice(0, MAX_QUERY_LENGTH);
}

/** Searches this language's index; only the first `limit` results' excerpts are fetched. */
export async function searchSite(query: string, filters: SearchFilters = {}, limit = RESULTS_PER_STEP): Promise<SearchOutcome> {
	const api = await loadPagefind();
	const active = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
	const text = normaliseQuery(query);
	// `null` asks Pagefind for every page that matches the filters alone.
	const response = await api.search(text || null, { filters: active });
	const results = response?.results ?? [];
	let fetched = 0;
	const next = async (count: number): Promise<SearchHit[]> => {
		const slice = results.slice(fetched, fetched + count);
		fetched += slice.length;
		return (await Promise.all(slice.map((result) => result.data()))).map(toHit);
	};
	return { total: results.length, hits: await next(limit), more: (count = RESULTS_PER_STEP) => next(count) };
}

function toHit(d: PagefindResultData): SearchHit {
	return {
		url: sitePath(d.url),
		title: d.meta.title ?? d.url,
		excerpt: d.excerpt,
		track: d.filters.track?.[0],
		type: d.filters.type?.[0],
	};
}
