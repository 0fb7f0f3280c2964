import type { ProgressRecord } from '../progress/schema.ts';
import type { CatalogueItem } from './catalogue.ts';
import { itemStatus, type ItemStatus } from './status.ts';

/** One line of a learner's checklist: an item and where they stand on it. */
export interface ChecklistRow extends ItemStatus {
	key: string;
}

/** A learner's checklist for a list of items (an assignment's, or a learning path's). */
export interface Checklist {
	rows: ChecklistRow[];
	/** How many rows are done. */
	done: number;
	/** Whether every row is done (and there is at least one). */
	complete: boolean;
}

/** Each path's own item keys, by path key, from the catalogue: what `itemStatus` needs for paths. */
export function pathItemsOf(catalogue: readonly Pick<CatalogueItem, 'key' | 'items'>[]): Record<string, string[]> {
	return Object.fromEntries(catalogue.flatMap((item) => (item.items ? [[item.key, item.items]] : [])));
}

/** Where the learner stands on each of `keys`, from their on-device progress. */
export function checklist(
	record: ProgressRecord,
	keys: readonly string[],
	pathItems: Readonly<Record<string, readonly string[]>> = {},
): Checklist {
	const rows = keys.map((key) => ({ key, ...itemStatus(record, key, pathItems) }));
	const done = rows.filter((row) => row.done).length;
	return { rows, done, complete: rows.length > 0 && done === rows.length };
}
