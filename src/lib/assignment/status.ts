import type { ProgressRecord, ReceivedAssignment } from '../progress/schema.ts';
import type { Assignment } from './schema.ts';
import { itemId, itemKind } from './items.ts';
import { countedResult, isFinished, NO_RULES, verdictOf, type AttemptMode, type PassRules, type Verdict } from './verdict.ts';

/** Where a learner stands on one assignment item, from their on-device progress. */
export interface ItemStatus {
	/** Not started, in progress, passed or not passed (see `verdictOf`). */
	verdict: Verdict;
	/** Finished, passed or not: what the checklist counts as done. */
	done: boolean;
	/** The counted score in percent; null for a module (read or not) and a path. */
	score: number | null;
	/** Day the counted result was made, YYYY-MM-DD. */
	date?: string;
	/** How the counted result was made. */
	mode?: AttemptMode;
	/** Which attempt it was, 1-based. */
	attempt?: number;
	/** What the trainer's class view needs: a quiz's missed question ids, a role-play's path. */
	detail?: string[];
}

const day = (timestamp: string) => timestamp.slice(0, 10);
const NOTHING: ItemStatus = { verdict: 'not-started', done: false, score: null };

function status(
	counted: { score: number; date: string; mode?: AttemptMode; attempt?: number } | undefined,
	rules: PassRules,
	started: boolean,
	detail: string[] | undefined,
): ItemStatus {
	const verdict = verdictOf(counted, rules, started);
	if (!counted) return { ...NOTHING, verdict };
	return {
		verdict,
		done: isFinished(verdict),
		score: counted.score,
		date: day(counted.date),
		...(counted.mode ? { mode: counted.mode } : {}),
		...(counted.attempt ? { attempt: counted.attempt } : {}),
		...(detail ? { detail } : {}),
	};
}

const inPercent = <T extends { date: string; mode?: AttemptMode; attempt?: number }>(result: T | undefined, share: (r: T) => number) =>
	result && { ...result, score: Math.round(share(result) * 100 + 1e-9) };

/**
 * The one place that decides an item's status for an assignment (`rules`: its pass mark and
 * whether it requires assessment). A module counts once read; a quiz or role-play by its counted
 * result (`countedResult`); a path once every step is finished, passed only if every step passed.
 */
export function itemStatus(
	record: ProgressRecord,
	key: string,
	/** Each path's item keys, by path key (`p:first-week`), so a path's status can be worked out. */
	pathItems: Readonly<Record<string, readonly string[]>> = {},
	rules: PassRules = NO_RULES,
): ItemStatus {
	const id = itemId(key);
	switch (itemKind(key)) {
		case 'path': {
			const steps = (pathItems[key] ?? []).map((step) => itemStatus(record, step, {}, rules));
			if (steps.length === 0) return NOTHING;
			const done = steps.every((step) => step.done);
			const verdict: Verdict = done
				? steps.every((step) => step.verdict === 'passed')
					? 'passed'
					: 'not-passed'
				: steps.some((step) => step.verdict !== 'not-started')
					? 'in-progress'
					: 'not-started';
			const latest = steps
				.map((step) => step.date ?? '')
				.sort()
				.at(-1);
			return done ? { verdict, done, score: null, date: latest } : { ...NOTHING, verdict };
		}
		case 'module': {
			const read = record.modulesRead[id];
			return read ? { verdict: 'passed', done: true, score: null, date: day(read) } : NOTHING;
		}
		case 'quiz': {
			const quiz = record.quizzes[id];
			const counted = countedResult(
				inPercent(quiz?.assessment, (r) => r.score),
				inPercent(quiz?.best, (r) => r.score),
				rules,
			);
			const started = Boolean(quiz && (quiz.attempts > 0 || Object.keys(quiz.current?.answers ?? {}).length > 1));
			return status(counted, rules, started, counted?.missed);
		}
		case 'roleplay': {
			const calls = record.roleplays[id];
			const counted = countedResult(
				inPercent(calls?.assessment, (r) => r.overall),
				inPercent(calls?.practice, (r) => r.overall),
				rules,
			);
			return status(counted, rules, Boolean(calls), counted?.path);
		}
		default:
			return NOTHING;
	}
}

/** The rules an assignment sets: its pass mark, and whether it requires assessment. */
export function rulesOf(assignment: Pick<Assignment, 'p' | 'm'>): PassRules {
	return { passMark: assignment.p, assessment: assignment.m === 1 };
}

/** The same rules, from an assignment as the progress record keeps it. */
export function receivedRules(received: Pick<ReceivedAssignment, 'passMark' | 'assessment'>): PassRules {
	return { passMark: received.passMark ?? 0, assessment: received.assessment ?? false };
}
