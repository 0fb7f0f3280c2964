import { intlLocales } from './format.ts';
import type { Locale } from './locales.ts';

/** A piece of a formatted list: one of the items, or the words and commas between them. */
export type ListPart<T> = { type: 'item'; item: T } | { type: 'literal'; text: string };

/**
 * A list of things that are not plain text (links, say) joined as this language joins a list
 * ("A, B and C", « A, B et C », "A, B e C"): the same words as `formatList`, split so a page can
 * render each item as it likes and the separators as text.
 */
export function listParts<T>(locale: Locale, items: readonly T[], label: (item: T) => string): ListPart<T>[] {
	const parts = new Intl.ListFormat(intlLocales[locale], { style: 'long', type: 'conjunction' }).formatToParts(items.map(label));
	let next = 0;
	return parts.map((part) =>
		part.type === 'element' ? { type: 'item', item: items[next++] as T } : { type: 'literal', text: part.value },
	);
}
