/**
 * Random progress updates, made with the site's own record functions, for the multi-tab and merge
 * tests; and what a record must hold after a list of them, so a test can say which one was lost.
 */
import fc from 'fast-check';
import { markModuleRead } from '../../../src/lib/progress/module-read.ts';
import { receiveAssignment, recordQuizResult } from '../../../src/lib/progress/results.ts';
import { recordRoleplayResult } from '../../../src/lib/progress/roleplay-results.ts';
import type { ProgressRecord } from '../../../src/lib/progress/schema.ts';
import { rateCard, ratings } from '../../../src/lib/review/schedule.ts';
import { addCheckIn, deleteAllCheckIns } from '../../../src/lib/tools/check-in.ts';
import { PREP_FIELDS, saveSheet, type PrepField } from '../../../src/lib/tools/prep-sheet.ts';

export type Update =
	| { kind: 'module'; id: number }
	| { kind: 'quiz'; quiz: number; score: number }
	| { kind: 'call'; scenario: number; overall: number }
	| { kind: 'assignment'; id: number }
	| { kind: 'check-in' }
	| { kind: 'sheet'; field: PrepField }
	| { kind: 'review'; quiz: number; rating: number };

export const updateArbitrary: fc.Arbitrary<Update> = fc.oneof(
	fc.record({ kind: fc.constant('module' as const), id: fc.nat(40) }),
	fc.record({ kind: fc.constant('quiz' as const), quiz: fc.nat(3), score: fc.integer({ min: 0, max: 20 }).map((n) => n / 20) }),
	fc.record({ kind: fc.constant('call' as const), scenario: fc.nat(3), overall: fc.integer({ min: 0, max: 20 }).map((n) => n / 20) }),
	fc.record({ kind: fc.constant('assignment' as const), id: fc.nat(30) }),
	fc.record({ kind: fc.constant('check-in' as const) }),
	fc.record({ kind: fc.constant('sheet' as const), field: fc.constantFrom(...PREP_FIELDS) }),
	fc.record({ kind: fc.constant('review' as const), quiz: fc.nat(3), rating: fc.nat(3) }),
);

/** The review card a quiz update below 1 adds: its one question missed. */
const missedCard = (quiz: number) => `quiz:quiz-${quiz}/first-question`;

/** The `n`th moment of a test, one millisecond apart: every update has its own date. */
export const moment = (n: number) => new Date(Date.UTC(2026, 11, 3, 9, 0, 0, n)).toISOString();

/** Applies update number `n` (its date is `moment(n)`, its text names `n`). */
export function apply(record: ProgressRecord, update: Update, n: number): ProgressRecord {
	const date = moment(n);
	switch (update.kind) {
		case 'module':
			return markModuleRead(record, `agents/module-${update.id}`, date);
		case 'quiz':
			return recordQuizResult(record, `quiz-${update.quiz}`, {
				score: update.score,
				passed: update.score >= 0.7,
				date,
				mode: 'practice',
				...(update.score < 1 ? { missed: ['first-question'] } : {}),
			});
		case 'call':
			return recordRoleplayResult(record, `call-${update.scenario}`, {
				shares: { courtesy: update.overall },
				overall: update.overall,
				outcome: 'resolved',
				mode: 'practice',
				date,
			});
		case 'assignment':
			return receiveAssignment(record, { id: `week${update.id}`, fragment: `a=week${update.id}`, title: `Week ${update.id}` }, date);
		case 'check-in': {
			const added = addCheckIn(record, { weight: 3, good: [`update ${n}`, '', ''], note: '' }, date);
			return added.ok ? added.record : record;
		}
		case 'sheet':
			return saveSheet(record, { [update.field]: `typed in update ${n}` }, date);
		case 'review':
			return rateCard(record, missedCard(update.quiz), ratings[update.rating]!, new Date(date));
	}
}

/** Deletes every check-in at moment `n`. */
export const deleteCheckIns = (record: ProgressRecord, n: number) => deleteAllCheckIns(record, moment(n));

/**
 * What survives of `updates` (numbered by their index in `made`) in a record that lost nothing:
 * every module, assignment and check-in; each quiz's and call's best score and last date; each
 * sheet field's last text.
 */
export function expectedFrom(made: { update: Update; n: number }[]) {
	const modules = new Set<string>();
	const assignments = new Set<string>();
	const checkIns = new Set<string>();
	const quizBest = new Map<string, number>();
	const quizLast = new Map<string, string>();
	const callBest = new Map<string, number>();
	const sheet = new Map<PrepField, { n: number; text: string }>();
	const cards = new Set<string>();
	for (const { update, n } of made) {
		if (update.kind === 'module') modules.add(`agents/module-${update.id}`);
		if (update.kind === 'assignment') assignments.add(`week${update.id}`);
		if (update.kind === 'check-in') checkIns.add(moment(n));
		if (update.kind === 'quiz') {
			const id = `quiz-${update.quiz}`;
			quizBest.set(id, Math.max(quizBest.get(id) ?? 0, update.score));
			if ((quizLast.get(id) ?? '') < moment(n)) quizLast.set(id, moment(n));
			if (update.score < 1) cards.add(missedCard(update.quiz));
		}
		if (update.kind === 'call') {
			const id = `call-${update.scenario}`;
			callBest.set(id, Math.max(callBest.get(id) ?? 0, update.overall));
		}
		if (update.kind === 'sheet' && (sheet.get(update.field)?.n ?? -1) < n) sheet.set(update.field, { n, text: `typed in update ${n}` });
	}
	return { modules, assignments, checkIns, quizBest, quizLast, callBest, sheet, cards };
}

/** Says what of `expected` the record is missing (an empty list when nothing was lost). */
export function missing(record: ProgressRecord, expected: ReturnType<typeof expectedFrom>): string[] {
	const lost: string[] = [];
	for (const id of expected.modules) if (!record.modulesRead[id]) lost.push(`module ${id}`);
	for (const id of expected.assignments) if (!record.assignments[id]) lost.push(`assignment ${id}`);
	const checkIns = new Set((record.checkIns ?? []).map((entry) => entry.date));
	for (const date of expected.checkIns) if (!checkIns.has(date)) lost.push(`check-in ${date}`);
	for (const [id, score] of expected.quizBest) if (record.quizzes[id]?.best?.score !== score) lost.push(`best of ${id}`);
	for (const [id, date] of expected.quizLast) if (record.quizzes[id]?.last?.date !== date) lost.push(`last of ${id}`);
	for (const [id, overall] of expected.callBest) if (record.roleplays[id]?.practice?.overall !== overall) lost.push(`best call ${id}`);
	for (const [field, { text }] of expected.sheet) if (record.prepSheet?.[field] !== text) lost.push(`sheet ${field}`);
	for (const id of expected.cards) if (!record.cards?.[id]) lost.push(`review card ${id}`);
	return lost;
}
