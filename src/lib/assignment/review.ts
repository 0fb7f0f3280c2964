import { decodeCompletion } from './code.ts';
import { findCodes } from './paste.ts';
import type { Completion } from './schema.ts';

export { MAX_LINES } from './paste.ts';

/** What became of a paste, in counts the page shows above the table rather than one error per line. */
export interface ReviewSummary {
	/** Codes read and added to the table (repeats included). */
	read: number;
	/** Non-empty lines with nothing code-like in them. */
	ignored: number;
	/** Codes that start but never end with a matching checksum: cut off when copied. */
	incomplete: number;
	/** Codes whose checksum matches but whose content this site does not accept. */
	invalid: number;
	/** The first ignored lines, shortened, for the trainer to check. */
	ignoredSamples: string[];
}

/** One learner's latest results for one assignment. */
export interface LearnerRow {
	assignment: string;
	title: string;
	passMark: number;
	name: string;
	/** Score in percent (null: a module read) and day, by item key. */
	results: Record<string, { score: number | null; date: string }>;
	/** Latest day in the code. */
	latest: string;
}

export interface Review {
	rows: LearnerRow[];
	/** Every item key seen, in first-seen order: the table's columns. */
	items: string[];
	summary: ReviewSummary;
	/** Codes that repeated a learner already in the table and were merged into their row. */
	merged: number;
}

/**
 * Reads the codes found anywhere in pasted text (see `findCodes`), each on its own, so one bad
 * code does not stop the rest. Codes from the same learner (same name, case-insensitive) for the same assignment are merged,
 * keeping each item's latest result.
 */
export function reviewCodes(text: string): Review {
	const { codes, ignored, incomplete, ignoredSamples } = findCodes(text);
	const rows = new Map<string, LearnerRow>();
	const items: string[] = [];
	const summary: ReviewSummary = { read: 0, ignored, incomplete, invalid: 0, ignoredSamples };
	let merged = 0;
	for (const code of codes) {
		const decoded = decodeCompletion(code);
		if (!decoded.ok) {
			summary.invalid++;
			continue;
		}
		summary.read++;
		const completion: Completion = decoded.completion;
		const key = `${completion.a}\u0000${completion.n.toLocaleLowerCase()}`;
		const row = rows.get(key) ?? {
			assignment: completion.a,
			title: completion.t,
			passMark: completion.p,
			name: completion.n,
			results: {},
			latest: '',
		};
		if (rows.has(key)) merged++;
		for (const [item, score, date] of completion.r) {
			if (!items.includes(item)) items.push(item);
			const previous = row.results[item];
			if (!previous || previous.date <= date) row.results[item] = { score, date };
			if (date > row.latest) row.latest = date;
		}
		rows.set(key, row);
	}
	return { rows: [...rows.values()], items, summary, merged };
}

/**
 * Whether a learner passed: every scored item at or above the pass mark. (A code is only issued
 * once every item of the assignment is done, so every item has a result.)
 */
export function passed(row: LearnerRow): boolean {
	return Object.values(row.results).every((result) => result.score === null || result.score >= row.passMark);
}
