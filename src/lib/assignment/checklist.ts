import type { ProgressRecord } from '../progress/schema.ts';
import type { CatalogueItem } from './catalogue.ts';
import { itemStatus, type ItemStatus } from './status.ts';
import { NO_RULES, type PassRules } from './verdict.ts';

/** One line of a learner's checklist: an item and where they stand on it. */
export interface ChecklistRow extends ItemStatus {
	key: string;
}

/** A learner's checklist for a list of items (an assignment's, or a learning path's). */
export interface Checklist {
	rows: ChecklistRow[];
	/** How many rows are finished, passed or not. */
	done: number;
	/** Whether every row is finished (and there is at least one): a completion code can be made. */
	complete: boolean;
	/** Whether every row passed: only then is the certificate one of passing. */
	passed: boolean;
}

/** Each path's own item keys, by path key, from the catalogue: what `itemStatus` needs for paths. */
export function pathItemsOf(catalogue: readonly Pick<CatalogueItem, 'key' | 'items'>[]): Record<string, string[]> {
	return Object.fromEntries(catalogue.flatMap((item) => (item.items ? [[item.key, item.items]] : [])));
}

/** Where the learner stands on each of `keys`, from their on-device progress, judged by `rules`. */
export function checklist(
	record: ProgressRecord,
	keys: readonly string[],
	pathItems: Readonly<Record<string, readonly string[]>> = {},
	rules: PassRules = NO_RULES,
): Checklist {
	const rows = keys.map((key) => ({ key, ...itemStatus(record, key, pathItems, rules) }));
	const done = rows.filter((row) => row.done).length;
	const complete = rows.length > 0 && done === rows.length;
	return { rows, done, complete, passed: complete && rows.every((row) => row.verdict === 'passed') };
}
