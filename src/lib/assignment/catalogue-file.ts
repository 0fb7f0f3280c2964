/**
 * The course list as the browser reads it. Apart from `builder.ts` so that My progress, which
 * reads the same file, loads neither the builder's code nor its QR encoder.
 */
import type { CatalogueItem } from './catalogue.ts';

/**
 * The catalogue file (`/<lang>/trainers/catalogue.json`), checked: an item needs a key, a kind, a
 * track and a title; anything else in the file is dropped.
 */
export function readCatalogue(value: unknown): CatalogueItem[] {
	if (!Array.isArray(value)) throw new Error('catalogue: not a list');
	return value.filter(
		(item): item is CatalogueItem =>
			typeof item === 'object' &&
			item !== null &&
			typeof item.key === 'string' &&
			['module', 'quiz', 'roleplay', 'path'].includes(item.kind) &&
			typeof item.track === 'string' &&
			typeof item.title === 'string',
	);
}
