import type { ProgressRecord } from '../progress/schema.ts';
import type { Checklist, ChecklistRow } from './checklist.ts';
import { encodeCompletion, MAX_CODE } from './code.ts';
import type { LinkError } from './link.ts';
import type { ReviewDays } from './review-days.ts';
import { DETAIL_ENTRY, MAX_DETAIL, MAX_NAME, type Assignment, type Completion } from './schema.ts';

/** Today as `YYYY-MM-DD` (UTC), the form due dates and completion codes use. */
export function dayOf(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** Whether a due day has passed (the due day itself is still on time). */
export function isOverdue(due: string, today: string): boolean {
	return due < today;
}

/** The catalogue key of the message for each kind of bad link. */
export const linkErrorKeys = {
	empty: 'badEmpty',
	'too-long': 'badTooLong',
	malformed: 'badMalformed',
	invalid: 'badInvalid',
} as const satisfies Record<LinkError, string>;

/** Why no completion code was made. */
export type CompletionError = 'need-name' | 'incomplete';

/**
 * A completion code and the name it carries, or why none was made. `withoutDetail` counts the
 * items whose detail (missed questions, a call's turns) was left out so the code stays under
 * MAX_CODE: the page says so, since the trainer's class view will not see them.
 */
export type MadeCode = { ok: true; code: string; name: string; withoutDetail: number } | { ok: false; error: CompletionError };

const modeLetter = (row: ChecklistRow): 'a' | 'p' | '-' => (row.mode === 'assessment' ? 'a' : row.mode === 'practice' ? 'p' : '-');

/**
 * The completion code a learner sends their trainer: who they are (the name as typed, trimmed
 * and bounded), the assignment's rules, and each item's counted result (mode, attempt, and the
 * detail the class view reads), dated the day it was done (today if the record has no day). Only
 * once every item is finished, passed or not: a code means "finished", and carries the verdicts'
 * evidence rather than the verdicts, which the trainer's page works out with the same rules.
 * When the assignment asks for spaced review, the code carries the learner's review days and
 * streak (`review`) beside the results: practice, reported, never part of a verdict.
 */
export function completionCode(assignment: Assignment, list: Checklist, typedName: string, today: string, review?: ReviewDays): MadeCode {
	const name = typedName.trim().slice(0, MAX_NAME).trim();
	if (!name) return { ok: false, error: 'need-name' };
	if (!list.complete) return { ok: false, error: 'incomplete' };
	const encode = (keepDetail: number) =>
		encodeCompletion({
			v: 2,
			a: assignment.i,
			t: assignment.t,
			p: assignment.p,
			...(assignment.m ? { m: assignment.m } : {}),
			n: name,
			r: list.rows.map((row, index): Completion['r'][number] => {
				// The progress record accepts ids the code does not (a hand-edited or imported record): leave them out rather than fail.
				const detail = row.detail?.filter((entry) => DETAIL_ENTRY.test(entry)).slice(0, MAX_DETAIL);
				// A path has no score of its own: null when every step passed, 0 when one did not (see `rowVerdict`).
				const score = row.key.startsWith('p:') ? (row.verdict === 'passed' ? null : 0) : row.score;
				const [key, day, mode, attempt] = [row.key, row.date ?? today, modeLetter(row), row.attempt ?? 0];
				return index < keepDetail && detail && detail.length > 0
					? [key, score, day, mode, attempt, detail]
					: [key, score, day, mode, attempt];
			}),
			...(assignment.s && review ? { s: [assignment.s, review.days, review.streak] as [number, number, number] } : {}),
		});
	// Detail goes from the last item back until the code fits; scores and verdicts always stay.
	for (let keep = list.rows.length; keep >= 0; keep--) {
		const code = encode(keep);
		if (code.length <= MAX_CODE || keep === 0) {
			const withoutDetail = list.rows.slice(keep).filter((row) => (row.detail?.length ?? 0) > 0).length;
			return { ok: true, code, name, withoutDetail };
		}
	}
	return { ok: false, error: 'incomplete' };
}

/** The record with the learner's name kept on the assignment, so the form is filled next time. */
export function withLearnerName(record: ProgressRecord, assignmentId: string, name: string): ProgressRecord {
	const received = record.assignments[assignmentId];
	if (!received) return record;
	return { ...record, assignments: { ...record.assignments, [assignmentId]: { ...received, name } } };
}
