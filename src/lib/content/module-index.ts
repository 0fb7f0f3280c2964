import type { Locale } from '../i18n/locales.ts';
import { ModuleContentError, parseModulePath } from './module-files.ts';
import type { ModuleData } from './module-schema.ts';
import type { Track } from './tracks.ts';

/** The part of a collection entry this index needs: `id` is `<lang>/<track>/<slug>`. */
export interface ModuleEntryLike {
	id: string;
	data: ModuleData;
}

/** A module with its place in the site worked out. */
export interface ModuleRef<E extends ModuleEntryLike = ModuleEntryLike> {
	entry: E;
	locale: Locale;
	track: Track;
	slug: string;
	/** Site path, e.g. `/fr/agents/hold-done-right/`. */
	href: string;
}

export function moduleHref(locale: Locale, track: Track, slug: string): string {
	return `/${locale}/${track}/${slug}/`;
}

/** Resolves an entry's language, track and slug from its id, and checks the frontmatter agrees. */
export function toModuleRef<E extends ModuleEntryLike>(entry: E): ModuleRef<E> {
	const { locale, track, slug } = parseModulePath(entry.id);
	if (entry.data.track !== track) {
		throw new ModuleContentError(
			`src/content/modules/${entry.id}.mdx: frontmatter "track: ${entry.data.track}" does not match its folder "${track}".`,
		);
	}
	return { entry, locale, track, slug, href: moduleHref(locale, track, slug) };
}

const readingOrder = (a: ModuleRef, b: ModuleRef) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug);

/** One language's modules in one track, in reading order. */
export function trackModules<E extends ModuleEntryLike>(entries: readonly E[], locale: Locale, track: Track): ModuleRef<E>[] {
	return entries
		.map((entry) => toModuleRef(entry))
		.filter((ref) => ref.locale === locale && ref.track === track)
		.sort(readingOrder);
}

/**
 * Every module with the list of its track in its language, in reading order, in one pass: the
 * module pages need each one's neighbours, and asking `trackModules` once per page made the build
 * quadratic in the number of modules.
 */
export function modulesWithTrack<E extends ModuleEntryLike>(entries: readonly E[]): { ref: ModuleRef<E>; inTrack: ModuleRef<E>[] }[] {
	const refs = entries.map((entry) => toModuleRef(entry));
	const lists = new Map<string, ModuleRef<E>[]>();
	for (const ref of refs) {
		const key = `${ref.locale}/${ref.track}`;
		const list = lists.get(key);
		if (list) list.push(ref);
		else lists.set(key, [ref]);
	}
	for (const list of lists.values()) list.sort(readingOrder);
	return refs.map((ref) => ({ ref, inTrack: lists.get(`${ref.locale}/${ref.track}`)! }));
}

/** The modules before and after `slug` in its track, for the previous/next links. */
export function neighbours<E extends ModuleEntryLike>(
	inTrack: readonly ModuleRef<E>[],
	slug: string,
): { prev?: ModuleRef<E>; next?: ModuleRef<E> } {
	const at = inTrack.findIndex((ref) => ref.slug === slug);
	if (at === -1) return {};
	return { prev: inTrack[at - 1], next: inTrack[at + 1] };
}
