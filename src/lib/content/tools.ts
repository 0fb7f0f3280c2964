import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { localizePath } from '../i18n/paths.ts';
import { toolIds, type ToolId } from '../tools/registry.ts';
import { parseToolPagePath } from './tool-files.ts';

/** A tool page's prose entry with its place in the site. */
export interface ToolPageRef {
	entry: CollectionEntry<'tools'>;
	tool: ToolId;
	locale: Locale;
	/** Site path, e.g. `/fr/tools/reset/`. */
	href: string;
}

/** One language's tool pages, in the registry's order (the collection loader checks none is missing). */
export async function getToolPages(locale: Locale): Promise<ToolPageRef[]> {
	const refs = (await getCollection('tools')).flatMap((entry) => {
		const path = parseToolPagePath(entry.id);
		return path && path.locale === locale ? [{ entry, ...path, href: localizePath(locale, `tools/${path.tool}/`) }] : [];
	});
	return toolIds.flatMap((id) => refs.filter((ref) => ref.tool === id));
}
