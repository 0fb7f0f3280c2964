import { decodeCompletion, type CodeError } from './code.ts';
import type { Completion } from './schema.ts';

/** How many lines a pasted batch may have; more is refused with a message. */
export const MAX_LINES = 500;

export interface LineProblem {
	/** 1-based line number in what was pasted. */
	line: number;
	error: CodeError;
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
	problems: LineProblem[];
	/** Codes that repeated a learner already in the table and were merged into their row. */
	merged: number;
}

/**
 * Reads pasted codes, one per line: each line on its own, so one bad line does not stop the rest.
 * Codes from the same learner (same name, case-insensitive) for the same assignment are merged,
 * keeping each item's latest result.
 */
export function reviewCodes(text: string): Review {
	const lines = text.split(/\r?\n/).slice(0, MAX_LINES);
	const rows = new Map<string, LearnerRow>();
	const items: string[] = [];
	const problems: LineProblem[] = [];
	let merged = 0;
	lines.forEach((raw, index) => {
		if (raw.trim() === '') return;
		const decoded = decodeCompletion(raw);
		if (!decoded.ok) {
			problems.push({ line: index + 1, error: decoded.error });
			return;
		}
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
	});
	return { rows: [...rows.values()], items, problems, merged };
}

/**
 * Whether a learner passed: every scored item at or above the pass mark. (A code is only issued
 * once every item of the assignment is done, so every item has a result.)
 */
export function passed(row: LearnerRow): boolean {
	return Object.values(row.results).every((result) => result.score === null || result.score >= row.passMark);
}
