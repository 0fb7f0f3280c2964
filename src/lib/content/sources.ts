import type { ModuleRef } from './module-index.ts';

/** A cited source and the modules that cite it. */
export interface CitedSource {
	title: string;
	url: string;
	citedBy: { title: string; href: string }[];
}

/**
 * Every source the given modules cite, once per URL (the first title seen wins), with the
 * modules citing it, sorted by title for the reader's language.
 */
export function citedSources(modules: readonly ModuleRef[], locale: string): CitedSource[] {
	const byUrl = new Map<string, CitedSource>();
	for (const { entry, href } of modules) {
		for (const source of entry.data.sources) {
			const cited = byUrl.get(source.url) ?? { title: source.title, url: source.url, citedBy: [] };
			if (!cited.citedBy.some((m) => m.href === href)) cited.citedBy.push({ title: entry.data.title, href });
			byUrl.set(source.url, cited);
		}
	}
	return [...byUrl.values()].sort((a, b) => a.title.localeCompare(b.title, locale));
}
