import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { toModuleRef } from './module-index.ts';

/** Links to every module of one language, by `<track>/<slug>`: for "learn more" links from practice items. */
export async function moduleLinks(locale: Locale): Promise<Record<string, { href: string; title: string }>> {
	const links: Record<string, { href: string; title: string }> = {};
	for (const entry of await getCollection('modules')) {
		const ref = toModuleRef(entry);
		if (ref.locale === locale) links[`${ref.track}/${ref.slug}`] = { href: ref.href, title: entry.data.title };
	}
	return links;
}
