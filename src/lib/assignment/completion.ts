import type { ProgressRecord } from '../progress/schema.ts';
import type { Checklist } from './checklist.ts';
import { encodeCompletion } from './code.ts';
import type { LinkError } from './link.ts';
import { MAX_NAME, type Assignment } from './schema.ts';

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

/** A completion code and the name it carries, or why none was made. */
export type MadeCode = { ok: true; code: string; name: string } | { ok: false; error: CompletionError };

/**
 * The completion code a learner sends their trainer: who they are (the name as typed, trimmed
 * and bounded) and each item's result, dated the day it was done (today if the record has no
 * day). Only once every item is done: a code means "finished".
 */
export function completionCode(assignment: Assignment, list: Checklist, typedName: string, today: string): MadeCode {
	const name = typedName.trim().slice(0, MAX_NAME).trim();
	if (!name) return { ok: false, error: 'need-name' };
	if (!list.complete) return { ok: false, error: 'incomplete' };
	const code = encodeCompletion({
		v: 1,
		a: assignment.i,
		t: assignment.t,
		p: assignment.p,
		n: name,
		r: list.rows.map((row) => [row.key, row.score, row.date ?? today]),
	});
	return { ok: true, code, name };
}

/** The record with the learner's name kept on the assignment, so the form is filled next time. */
export function withLearnerName(record: ProgressRecord, assignmentId: string, name: string): ProgressRecord {
	const received = record.assignments[assignmentId];
	if (!received) return record;
	return { ...record, assignments: { ...record.assignments, [assignmentId]: { ...received, name } } };
}
