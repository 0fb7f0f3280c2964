import { toCsv } from './csv.ts';
import { MAX_LINES, pastedLines } from './paste.ts';
import { passed, rowVerdict, type LearnerRow, type Review, type ReviewedResult } from './review.ts';

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

/** Whether a learner did not pass an item (the same verdict their own pages showed them). */
export function belowPassMark(row: LearnerRow, key: string): boolean {
	return rowVerdict(row, key) === 'not-passed';
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
	/** An item's column name, by key ("Quiz · Spot the Bzzzt"). */
	title: (key: string) => string;
	/** The header of an item's attempt column ("Quiz · Spot the Bzzzt · attempt"). */
	attemptColumn: (key: string) => string;
	/** How a result was made ("assessment, attempt 1"); empty when the code did not say. */
	attempt: (result: ReviewedResult) => string;
}

/** Whether an item is scored (a quiz or role-play), so its column has an attempt column beside it. */
const scored = (key: string) => !key.startsWith('m:');

/**
 * The results as CSV, rows in the table's order: one column per item, its score as a bare number
 * (a spreadsheet can compute with it), the "read" label for a module, empty when missing; beside
 * each scored item, how the result was made (mode and attempt); then the verdict.
 */
export function resultsCsv(review: Review, rows: readonly LearnerRow[], labels: CsvLabels): string {
	return toCsv([
		[
			labels.learner,
			labels.assignment,
			...review.items.flatMap((key) => (scored(key) ? [labels.title(key), labels.attemptColumn(key)] : [labels.title(key)])),
			labels.result,
		],
		...rows.map((row) => [
			row.name,
			row.title,
			...review.items.flatMap((key) => {
				const result = row.results[key];
				const score = !result ? '' : result.score === null ? labels.read : result.score;
				return scored(key) ? [score, result ? labels.attempt(result) : ''] : [score];
			}),
			passed(row) ? labels.passed : labels.failed,
		]),
	]);
}

/**
 * The CSV file's name: the assignment's title (or titles) and the day, in characters every
 * system accepts, e.g. `week-one-group-b-2026-12-03.csv`.
 */
export function csvFileName(rows: readonly LearnerRow[], today: string): string {
	const titles = [...new Set(rows.map((row) => row.title))];
	const base = titles.length === 1 ? fileSafe(titles[0] ?? '') : '';
	return `${base || 'results'}-${today}.csv`;
}

/** Text as a file-name part: accents folded, lowercase letters, digits and hyphens, at most 60 characters. */
export function fileSafe(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}
