/**
 * How many review cards are due, read straight from storage for the header on every page. The
 * full record check (`schema.ts`, with `check.ts`) would add a few KB to every page at load; this
 * reads one field under the same size bound, and says nothing (`undefined`) about data it cannot
 * read: the record itself is checked, and set aside if need be, where it is used.
 */
// The size bound of `storage-keys.ts`, restated: importing it would make the header's script a chunk of its own.
export const MAX_STORED_CHARS = 2 * 1024 * 1024;

// `check.ts`'s `isObject`, restated: importing it would bring the whole validator into every page.
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Cards due at `now` (ISO 8601) in the stored record `text`; `undefined` when there is none or it cannot be read. */
export function dueCountIn(text: string | null, now: string): number | undefined {
	if (!text || text.length > MAX_STORED_CHARS) return undefined;
	try {
		const data: unknown = JSON.parse(text);
		if (!isObject(data) || data.cards === undefined) return 0;
		if (!isObject(data.cards)) return undefined;
		return Object.values(data.cards).filter(
			(card) => isObject(card) && typeof card.due === 'string' && /^\d{4}-\d\d-\d\dT/.test(card.due) && card.due <= now,
		).length;
	} catch {
		return undefined;
	}
}
