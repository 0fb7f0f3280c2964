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
	total: number;
	hits: SearchHit[];
}

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
	const url = '/pagefind/pagefind.js';
	pagefind ??= import(/* @vite-ignore */ url).then(async (api: PagefindApi) => {
		await api.options({ excerptLength: 22 });
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

export async function searchSite(query: string, filters: SearchFilters = {}, limit = 12): Promise<SearchOutcome> {
	const api = await loadPagefind();
	const active = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
	const text = normaliseQuery(query);
	// `null` asks Pagefind for every page that matches the filters alone.
	const response = await api.search(text || null, { filters: active });
	const results = response?.results ?? [];
	const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
	return {
		total: results.length,
		hits: data.map((d) => ({
			url: d.url,
			title: d.meta.title ?? d.url,
			excerpt: d.excerpt,
			track: d.filters.track?.[0],
			type: d.filters.type?.[0],
		})),
	};
}
