import { decodeCompletion } from './code.ts';
import { itemKind } from './items.ts';
import { findCodes } from './paste.ts';
import type { Completion } from './schema.ts';
import { verdictOf, type CountedResult, type PassRules, type Verdict } from './verdict.ts';

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

/** One item's result as a code carries it. */
export interface ReviewedResult extends CountedResult {
	/** Day done, YYYY-MM-DD. */
	date: string;
	/** A quiz's missed question ids, or a role-play's turns (`node.choice`, costly ones marked `!`). */
	detail?: string[];
}

/** One learner's latest results for one assignment. */
export interface LearnerRow {
	/**
	 * The row's identity: the assignment id and the learner's name (case folded) as a JSON pair,
	 * never the two joined, so no id and name can be cut to collide with another pair. Unique in a
	 * review: the results table keys its rows by it.
	 */
	key: string;
	/** The assignment's id. */
	assignment: string;
	/** The assignment's title, as the code carries it. */
	title: string;
	/** The assignment's rules, as the code carries them. */
	rules: PassRules;
	/** The learner's name, as the first code read for this row wrote it. */
	name: string;
	/** Each item's counted result, by item key. */
	results: Record<string, ReviewedResult>;
	/** Latest day in the code. */
	latest: string;
	/**
	 * Spaced review, when the assignment asked for it: days asked, days reviewed, streak. Of merged
	 * codes, the one with the most days reviewed (the latest made): review days only grow.
	 */
	review?: { asked: number; days: number; streak: number };
}

/** Everything read from the codes: the table's rows and columns, and what became of the text. */
export interface Review {
	/** One row per learner and assignment, in first-read order. */
	rows: LearnerRow[];
	/** Every item key seen, in first-seen order: the table's columns. */
	items: string[];
	/** What was read, ignored, cut short or refused, for the line above the table. */
	summary: ReviewSummary;
	/** Codes that repeated a learner already in the table and were merged into their row. */
	merged: number;
}

/**
 * Reads the codes found anywhere in pasted text (see `findCodes`), each on its own, so one bad
 * code does not stop the rest. Codes from the same learner (same name, case-insensitive) for the same assignment are merged,
 * keeping each item's latest result. Several texts (files loaded one after the other, pastes) are
 * each searched on their own, so each has its own line limit and no code is joined across two.
 */
export function reviewCodes(input: string | readonly string[]): Review {
	const found = (typeof input === 'string' ? [input] : input).map(findCodes);
	const codes = found.flatMap((texts) => texts.codes);
	const rows = new Map<string, LearnerRow>();
	const items: string[] = [];
	const summary: ReviewSummary = {
		read: 0,
		ignored: found.reduce((sum, texts) => sum + texts.ignored, 0),
		incomplete: found.reduce((sum, texts) => sum + texts.incomplete, 0),
		invalid: 0,
		ignoredSamples: found.flatMap((texts) => texts.ignoredSamples),
	};
	let merged = 0;
	for (const code of codes) {
		const decoded = decodeCompletion(code);
		if (!decoded.ok) {
			summary.invalid++;
			continue;
		}
		summary.read++;
		const completion: Completion = decoded.completion;
		// A pair, not a joined string: no id and name can be cut to collide with another pair.
		const key = JSON.stringify([completion.a, completion.n.toLocaleLowerCase()]);
		const row = rows.get(key) ?? {
			key,
			assignment: completion.a,
			title: completion.t,
			rules: { passMark: completion.p, assessment: completion.m === 1 },
			name: completion.n,
			results: {},
			latest: '',
		};
		if (rows.has(key)) merged++;
		for (const [item, score, date, mode, attempt, detail] of completion.r) {
			if (!items.includes(item)) items.push(item);
			const previous = row.results[item];
			if (!previous || previous.date <= date) {
				row.results[item] = {
					score,
					date,
					...(mode === '-' ? {} : { mode: mode === 'a' ? 'assessment' : 'practice' }),
					...(attempt > 0 ? { attempt } : {}),
					...(detail ? { detail } : {}),
				};
			}
			if (date > row.latest) row.latest = date;
		}
		if (completion.s && completion.s[1] >= (row.review?.days ?? -1)) {
			const [asked, days, streak] = completion.s;
			row.review = { asked, days, streak };
		}
		rows.set(key, row);
	}
	return { rows: [...rows.values()], items, summary, merged };
}

/**
 * An item's verdict in a learner's row: the same function the learner's own pages use. A path
 * carries no score of its own: null when every step passed, 0 when one did not (`completionCode`).
 */
export function rowVerdict(row: LearnerRow, key: string): Verdict {
	const result = row.results[key];
	if (result && itemKind(key) === 'path') return result.score === null ? 'passed' : 'not-passed';
	return verdictOf(result, row.rules);
}

/**
 * Whether a learner passed: every item passed. (A code is only issued once every item of the
 * assignment is finished, so every item has a result.)
 */
export function passed(row: LearnerRow): boolean {
	return Object.keys(row.results).every((key) => rowVerdict(row, key) === 'passed');
}
