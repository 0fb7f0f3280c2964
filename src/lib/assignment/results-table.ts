import { toCsv } from './csv.ts';
import { MAX_LINES, pastedLines } from './paste.ts';
import { passed, type LearnerRow, type Review } from './review.ts';

/** A column of the results table: the learner, the assignment, the result, or an item key. */
export type Column = 'name' | 'assignment' | 'result' | (string & {});

/** Which column the table is sorted by, and which way. */
export interface Sort {
	column: Column;
	descending: boolean;
}

/** The table's first order: by learner, A to Z. */
export const initialSort: Sort = { column: 'name', descending: false };

/** Clicking a column: sorts by it ascending, or flips the order when it is already the sort column. */
export function toggleSort(sort: Sort, column: Column): Sort {
	return { column, descending: sort.column === column ? !sort.descending : false };
}

/** The column's `aria-sort` value. */
export function ariaSort(sort: Sort, column: Column): 'ascending' | 'descending' | 'none' {
	if (sort.column !== column) return 'none';
	return sort.descending ? 'descending' : 'ascending';
}

/** What a row is sorted on in a column: text case-insensitively, passed before not, scores with no result lowest. */
function sortValue(row: LearnerRow, column: Column): string | number {
	if (column === 'name') return row.name.toLocaleLowerCase();
	if (column === 'assignment') return row.title.toLocaleLowerCase();
	if (column === 'result') return passed(row) ? 1 : 0;
	return row.results[column]?.score ?? -1;
}

/** The rows in the table's order (a new array; the sort is stable). */
export function sortRows(rows: readonly LearnerRow[], sort: Sort): LearnerRow[] {
	return [...rows].sort((a, b) => {
		const [x, y] = [sortValue(a, sort.column), sortValue(b, sort.column)];
		const order = x < y ? -1 : x > y ? 1 : 0;
		return sort.descending ? -order : order;
	});
}

/** Whether a learner's score on an item is under their pass mark (a module read never is). */
export function belowPassMark(row: LearnerRow, key: string): boolean {
	const score = row.results[key]?.score;
	return typeof score === 'number' && score < row.passMark;
}

/** Whether pasted text has more lines than are read (the rest is ignored, and the trainer told). */
export function tooManyLines(text: string): boolean {
	return pastedLines(text).length > MAX_LINES;
}

/** The words the CSV's header and cells use, in the trainer's language. */
export interface CsvLabels {
	learner: string;
	assignment: string;
	result: string;
	read: string;
	passed: string;
	failed: string;
	/** An item's title, by key. */
	title: (key: string) => string;
}

/**
 * The results as CSV, rows in the table's order: one column per item, its score as a bare number
 * (a spreadsheet can compute with it), the "read" label for a module, empty when missing.
 */
export function resultsCsv(review: Review, rows: readonly LearnerRow[], labels: CsvLabels): string {
	return toCsv([
		[labels.learner, labels.assignment, ...review.items.map(labels.title), labels.result],
		...rows.map((row) => [
			row.name,
			row.title,
			...review.items.map((key) => {
				const result = row.results[key];
				if (!result) return '';
				return result.score === null ? labels.read : result.score;
			}),
			passed(row) ? labels.passed : labels.failed,
		]),
	]);
}
