import { fill } from '../i18n/format.ts';
import { toCsv, type CsvSeparator } from './csv.ts';
import { fileSafe } from './file-name.ts';
import { itemKind, type ItemKind } from './items.ts';
import { MAX_LINES, pastedLines } from './paste.ts';
import type { AttemptMode } from './verdict.ts';
import { passed, reviewCodes, rowVerdict, type LearnerRow, type Review, type ReviewedResult, type ReviewSummary } from './review.ts';

/** A column of the results table: the learner, the assignment, the result, the spaced review, or an item key. */
export type Column = 'name' | 'assignment' | 'result' | 'review' | (string & {});

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
	if (column === 'review') return row.review?.days ?? -1;
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

/**
 * How many lines of pasted text were not read because they came after the first `MAX_LINES`:
 * only lines holding something count, so blank lines at the end never make the page warn.
 */
export function unreadLines(text: string): number {
	return pastedLines(text)
		.slice(MAX_LINES)
		.filter((line) => line.trim() !== '').length;
}

/** Whether pasted text has more lines than are read (the rest is ignored, and the trainer told). */
export function tooManyLines(text: string): boolean {
	return unreadLines(text) > 0;
}

/** The most read of one file: a code file is small, and anything larger is cut rather than read whole. */
export const MAX_FILE_BYTES = 2_000_000;

/** One text the trainer gave the page, a file or a paste, and what was read from it alone. */
export interface ReviewSource {
	/** A file's name, or how the page names a paste. */
	name: string;
	/** Whether it was pasted (pastes are numbered in the list of sources). */
	pasted: boolean;
	/** Its text. */
	text: string;
	/** What was read from this text alone: the per-load line of the summary. */
	summary: ReviewSummary;
	/** Whether it had more lines than are read. */
	cut: boolean;
	/** How many lines holding something were not read (`unreadLines`): 0 unless `cut`. */
	unread: number;
}

/**
 * The sources with one more: each load adds to what was read before (a file chosen or dropped,
 * a paste read), so a class's files can come one at a time. Blank text adds nothing.
 */
export function addSource(sources: readonly ReviewSource[], name: string, text: string, pasted: boolean): ReviewSource[] {
	if (text.trim() === '') return [...sources];
	const unread = unreadLines(text);
	return [...sources, { name, pasted, text, summary: reviewCodes(text).summary, cut: unread > 0, unread }];
}

/** Which paste this is (1 for the first): pastes have no file name of their own. */
export const pasteNumber = (sources: readonly ReviewSource[]): number => sources.filter((source) => source.pasted).length + 1;

/** Every source read together: one table, learners merged across files. */
export function reviewSources(sources: readonly ReviewSource[]): Review | null {
	return sources.length === 0 ? null : reviewCodes(sources.map((source) => source.text));
}

/** The words that say how a result was made. */
export interface HowWords {
	/** Each mode's name ("assessment"). */
	modes: Record<AttemptMode, string>;
	/** `{mode}, attempt {attempt}` */
	madeHow: string;
}

/**
 * How a result was made, "assessment, attempt 1" or "practice, attempt 3": what the table shows
 * beside a score and the CSV in its own column. Empty for a v1 code, which did not record it.
 */
export function howMade(result: ReviewedResult, words: HowWords, number: (value: number) => string = String): string {
	if (!result.mode) return '';
	const mode = words.modes[result.mode];
	return result.attempt ? fill(words.madeHow, { mode, attempt: number(result.attempt) }) : mode;
}

/** The words an item's column name is made of. */
export interface ColumnWords {
	/** `{kind} · {title}` */
	column: string;
	/** Each kind's name ("Quiz"). */
	kinds: Record<ItemKind, string>;
}

/**
 * An item's column name, "Quiz · Spot the Bzzzt": a module and its quiz often share a title, and
 * the two columns must still be told apart.
 */
export function columnName(key: string, title: string, words: ColumnWords): string {
	const kind = itemKind(key);
	return kind ? fill(words.column, { kind: words.kinds[kind], title }) : title;
}

/** The words the CSV's header and cells use, in the trainer's language. */
export interface CsvLabels {
	learner: string;
	assignment: string;
	result: string;
	/** A module's cell once read. */
	read: string;
	/** A learning path's cell once every step is finished. */
	done: string;
	passed: string;
	failed: string;
	/** An item's column name, by key ("Quiz · Spot the Bzzzt"). */
	title: (key: string) => string;
	/** The header of an item's attempt column ("Quiz · Spot the Bzzzt · attempt"). */
	attemptColumn: (key: string) => string;
	/** How a result was made ("assessment, attempt 1"); empty when the code did not say. */
	attempt: (result: ReviewedResult) => string;
	/** The spaced review's columns: days asked, days reviewed, streak. */
	reviewAskedColumn: string;
	reviewDaysColumn: string;
	reviewStreakColumn: string;
}

/** Whether any learner's code reports spaced review: only then has the table (and the CSV) its review column. */
export const hasReview = (rows: readonly LearnerRow[]): boolean => rows.some((row) => row.review);

/** Whether an item is scored (a quiz or role-play), so its column has an attempt column beside it. */
export const scored = (key: string): boolean => itemKind(key) === 'quiz' || itemKind(key) === 'roleplay';

/** What an unscored item's cell says once finished: a module is read, a path done. */
export const unscoredLabel = (key: string, labels: Pick<CsvLabels, 'read' | 'done'>): string =>
	itemKind(key) === 'path' ? labels.done : labels.read;

/**
 * The results as CSV, rows in the table's order: one column per item, its score as a bare number
 * (a spreadsheet can compute with it), "read" for a module, "done" for a path, empty when missing; beside
 * each scored item, how the result was made (mode and attempt); the spaced review's days asked,
 * days reviewed and streak, when a code reports them; then the verdict. Cells are
 * separated by `separator`: `,` as standard, `;` for spreadsheets set to French or Italian.
 */
export function resultsCsv(review: Review, rows: readonly LearnerRow[], labels: CsvLabels, separator: CsvSeparator = ','): string {
	const withReview = hasReview(rows);
	return toCsv(
		[
			[
				labels.learner,
				labels.assignment,
				...review.items.flatMap((key) => (scored(key) ? [labels.title(key), labels.attemptColumn(key)] : [labels.title(key)])),
				...(withReview ? [labels.reviewAskedColumn, labels.reviewDaysColumn, labels.reviewStreakColumn] : []),
				labels.result,
			],
			...rows.map((row) => [
				row.name,
				row.title,
				...review.items.flatMap((key) => {
					const result = row.results[key];
					const score = !result ? '' : result.score === null ? unscoredLabel(key, labels) : result.score;
					return scored(key) ? [score, result ? labels.attempt(result) : ''] : [score];
				}),
				...(withReview ? [row.review?.asked, row.review?.days, row.review?.streak] : []),
				passed(row) ? labels.passed : labels.failed,
			]),
		],
		separator,
	);
}

/**
 * The CSV file's name: the assignment's title (or titles) and the day, in characters every
 * system accepts, e.g. `week-one-group-b-2026-12-03.csv`; the `;` file ends `-semicolon.csv`, so
 * downloading both keeps both.
 */
export function csvFileName(rows: readonly LearnerRow[], today: string, separator: CsvSeparator = ','): string {
	const titles = [...new Set(rows.map((row) => row.title))];
	const base = titles.length === 1 ? fileSafe(titles[0] ?? '') : '';
	return `${base || 'results'}-${today}${separator === ';' ? '-semicolon' : ''}.csv`;
}
