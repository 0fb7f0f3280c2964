import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersShown, markAnswersShown, recordQuizResult, receiveAssignment, saveQuizAttempt } from '../../../src/lib/progress/results.ts';
import { assessmentOpen, bestRoleplay, recordRoleplayResult } from '../../../src/lib/progress/roleplay-results.ts';
import { checkRecord, emptyRecord, type ProgressRecord, type QuizResult, type RoleplayResult } from '../../../src/lib/progress/schema.ts';

const date = '2026-11-22T10:00:00.000Z';
const quizResult = (score: number, mode: QuizResult['mode'], missed: string[] = []): QuizResult => ({
	score,
	passed: score >= 0.7,
	date,
	mode,
	missed,
});
const call = (overall: number, mode: RoleplayResult['mode'], path: string[] = []): RoleplayResult => ({
	shares: { courtesy: overall },
	overall,
	outcome: 'resolved',
	mode,
	date,
	path,
});

describe('quiz attempts: the first honest assessment attempt counts', () => {
	it('counts the first assessment attempt, numbers it and keeps the questions missed', () => {
		const record = recordQuizResult(emptyRecord(), 'q', quizResult(0.27, 'assessment', ['pick-one', 'in-order']));
		expect(record.quizzes.q).toMatchObject({
			assessment: { score: 0.27, mode: 'assessment', attempt: 1, missed: ['pick-one', 'in-order'] },
			best: { score: 0.27, attempt: 1 },
			last: { attempt: 1 },
			attempts: 1,
			// The results screen showed the answers: whatever comes next is practice.
			revealed: true,
		});
		expect(answersShown(record.quizzes.q)).toBe(true);
	});

	it('never lets a retry replace it: the 27 % stays the assessment, the 100 % is practice', () => {
		let record = recordQuizResult(emptyRecord(), 'q', quizResult(0.27, 'assessment', ['a', 'b']));
		record = recordQuizResult(record, 'q', quizResult(1, 'practice'));
		expect(record.quizzes.q).toMatchObject({
			assessment: { score: 0.27, mode: 'assessment', attempt: 1, missed: ['a', 'b'] },
			best: { score: 1, mode: 'practice', attempt: 2, missed: [] },
			last: { score: 1, attempt: 2 },
			attempts: 2,
		});
	});

	it('records an assessment-mode attempt made after the answers were shown as practice', () => {
		// Shown by a results screen: any finished attempt.
		let record = recordQuizResult(emptyRecord(), 'q', quizResult(0.5, 'practice'));
		record = recordQuizResult(record, 'q', quizResult(0.9, 'assessment'));
		expect(record.quizzes.q?.assessment).toBeUndefined();
		expect(record.quizzes.q?.last).toMatchObject({ score: 0.9, mode: 'practice', attempt: 2 });

		// Shown by practice feedback, before any attempt was finished.
		const revealed = recordQuizResult(markAnswersShown(emptyRecord(), 'q'), 'q', quizResult(0.9, 'assessment'));
		expect(revealed.quizzes.q).toMatchObject({ last: { mode: 'practice', attempt: 1 }, attempts: 1 });
		expect(revealed.quizzes.q?.assessment).toBeUndefined();
	});

	it('keeps only the first of two assessment attempts', () => {
		let record = recordQuizResult(emptyRecord(), 'q', quizResult(0.6, 'assessment'));
		record = recordQuizResult(record, 'q', quizResult(0.95, 'assessment'));
		expect(record.quizzes.q).toMatchObject({ assessment: { score: 0.6, attempt: 1 }, best: { score: 0.95, mode: 'practice', attempt: 2 } });
	});

	it('numbers attempts and keeps the best (the earlier on a tie) and the last', () => {
		let record = emptyRecord();
		for (const score of [0.4, 0.8, 0.8, 0.5]) record = recordQuizResult(record, 'q', quizResult(score, 'practice'));
		expect(record.quizzes.q).toMatchObject({ best: { score: 0.8, attempt: 2 }, last: { score: 0.5, attempt: 4 }, attempts: 4 });
	});

	it('clears the attempt in progress when one is finished', () => {
		let record = saveQuizAttempt(emptyRecord(), 'q', { seed: 7, answers: { x: { value: 'a' } } });
		expect(record.quizzes.q?.current).toBeDefined();
		record = recordQuizResult(record, 'q', quizResult(1, 'assessment'));
		expect(record.quizzes.q?.current).toBeUndefined();
	});

	it('decides the same as the rule written out, for any order of attempts and revealed answers', () => {
		type Event = { kind: 'reveal' } | { kind: 'finish'; score: number; mode: 'practice' | 'assessment' };
		const event: fc.Arbitrary<Event> = fc.oneof(
			fc.constant({ kind: 'reveal' as const }),
			fc.record({
				kind: fc.constant('finish' as const),
				score: fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
				mode: fc.constantFrom('practice' as const, 'assessment' as const),
			}),
		);
		fc.assert(
			fc.property(fc.array(event, { maxLength: 8 }), (events) => {
				let record = emptyRecord();
				for (const e of events)
					record = e.kind === 'reveal' ? markAnswersShown(record, 'q') : recordQuizResult(record, 'q', quizResult(e.score, e.mode));
				const finished = events.flatMap((e, index) => (e.kind === 'finish' ? [{ ...e, index }] : []));
				// The rule: the very first event is a finished assessment attempt, or nothing counts.
				const first = events[0];
				const counted = first?.kind === 'finish' && first.mode === 'assessment' ? first : undefined;
				const quiz = record.quizzes.q;
				expect(quiz?.assessment?.score).toBe(counted?.score);
				expect(quiz?.assessment?.attempt).toBe(counted ? 1 : undefined);
				expect(quiz?.attempts ?? 0).toBe(finished.length);
				expect(quiz?.last?.attempt).toBe(finished.length || undefined);
				expect(quiz?.best?.score).toBe(finished.length ? Math.max(...finished.map((f) => f.score)) : undefined);
				// Only the counted attempt is ever labelled assessment.
				for (const kept of [quiz?.best, quiz?.last]) if (kept && kept.attempt !== 1) expect(kept.mode).toBe('practice');
				if (quiz) expect(() => checkRecord(JSON.parse(JSON.stringify(record)))).not.toThrow();
			}),
		);
	});
});

describe('markAnswersShown', () => {
	it('marks a quiz not yet attempted, and keeps an attempt in progress', () => {
		const saved = saveQuizAttempt(emptyRecord(), 'q', { seed: 3, answers: {} });
		expect(answersShown(saved.quizzes.q)).toBe(false);
		const shown = markAnswersShown(saved, 'q');
		expect(shown.quizzes.q).toEqual({ attempts: 0, revealed: true, current: { seed: 3, answers: {} } });
		expect(answersShown(shown.quizzes.q)).toBe(true);
		expect(markAnswersShown(emptyRecord(), 'other').quizzes.other).toEqual({ attempts: 0, revealed: true });
	});

	it('changes nothing the second time', () => {
		const shown = markAnswersShown(emptyRecord(), 'q');
		expect(markAnswersShown(shown, 'q')).toBe(shown);
	});

	it('says answers were shown once any attempt was finished, even in a record from before `revealed`', () => {
		expect(answersShown(undefined)).toBe(false);
		expect(answersShown({ attempts: 0 })).toBe(false);
		expect(answersShown({ attempts: 1 })).toBe(true);
	});
});

describe('role-play calls: the first assessment call counts', () => {
	it('counts the first call in assessment mode, with its number and path', () => {
		const record = recordRoleplayResult(emptyRecord(), 'r', call(0.52, 'assessment', ['start.calm', '!hold.blame']));
		expect(record.roleplays.r).toMatchObject({
			assessment: { overall: 0.52, mode: 'assessment', attempt: 1, path: ['start.calm', '!hold.blame'] },
			plays: 1,
		});
		expect(record.roleplays.r?.practice).toBeUndefined();
	});

	it('records a second assessment call as practice', () => {
		let record = recordRoleplayResult(emptyRecord(), 'r', call(0.52, 'assessment'));
		expect(assessmentOpen(record.roleplays.r)).toBe(false);
		record = recordRoleplayResult(record, 'r', call(0.95, 'assessment'));
		expect(record.roleplays.r).toMatchObject({
			assessment: { overall: 0.52, attempt: 1 },
			practice: { overall: 0.95, mode: 'practice', attempt: 2 },
			last: { mode: 'practice', attempt: 2 },
			plays: 2,
		});
		expect(bestRoleplay(record.roleplays.r)?.overall).toBe(0.52);
	});

	it('records an assessment call after a practice call (its debrief showed the best call) as practice', () => {
		let record = recordRoleplayResult(emptyRecord(), 'r', call(0.3, 'practice'));
		expect(assessmentOpen(record.roleplays.r)).toBe(false);
		record = recordRoleplayResult(record, 'r', call(0.9, 'assessment'));
		expect(record.roleplays.r?.assessment).toBeUndefined();
		expect(record.roleplays.r).toMatchObject({ practice: { overall: 0.9, attempt: 2 }, plays: 2 });
	});

	it('keeps the best practice call by overall share, the earlier on a tie', () => {
		let record = emptyRecord();
		for (const overall of [0.3, 0.7, 0.7, 0.5]) record = recordRoleplayResult(record, 'r', call(overall, 'practice'));
		expect(record.roleplays.r).toMatchObject({ practice: { overall: 0.7, attempt: 2 }, last: { overall: 0.5, attempt: 4 }, plays: 4 });
	});

	it('is open only before any call of the scenario was finished', () => {
		expect(assessmentOpen(undefined)).toBe(true);
		const last = call(0.5, 'practice');
		expect(assessmentOpen({ plays: 0, last })).toBe(true);
		expect(assessmentOpen({ plays: 1, last })).toBe(false);
		expect(assessmentOpen({ plays: 0, last, assessment: last })).toBe(false);
	});
});

describe('the progress record keeps the new fields', () => {
	it('reads back attempts, modes, missed questions, revealed answers, paths and assignment rules', () => {
		let record: ProgressRecord = recordQuizResult(emptyRecord(), 'q', quizResult(0.27, 'assessment', ['pick-one']));
		record = recordRoleplayResult(record, 'r', call(0.5, 'assessment', ['start.calm', '!hold.blame']));
		record = receiveAssignment(
			record,
			{
				id: 'abc123def',
				fragment: 'a=x',
				title: 'Week one',
				passMark: 80,
				assessment: true,
				items: ['q:q', 'p:first-week'],
				paths: { 'p:first-week': ['m:agents/hold-done-right', 'q:q'] },
			},
			date,
		);
		expect(checkRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
	});

	it('refuses a mode it does not know and a missed id that is not one', () => {
		const record = recordQuizResult(emptyRecord(), 'q', quizResult(0.5, 'assessment'));
		const withQuiz = (change: object) => ({ ...record, quizzes: { q: { ...record.quizzes.q, ...change } } });
		expect(() => checkRecord(withQuiz({ last: { ...record.quizzes.q?.last, mode: 'cheat' } }))).toThrow();
		expect(() => checkRecord(withQuiz({ last: { ...record.quizzes.q?.last, missed: ['<b>'] } }))).toThrow();
		expect(() => checkRecord(withQuiz({ last: { ...record.quizzes.q?.last, attempt: 0 } }))).toThrow();
	});

	it('keeps the first day an assignment was received, and its latest rules', () => {
		const first = receiveAssignment(emptyRecord(), { id: 'abc123def', fragment: 'a=x', title: 'One', passMark: 70, items: ['q:q'] }, date);
		const again = receiveAssignment(
			first,
			{ id: 'abc123def', fragment: 'a=y', title: 'One', passMark: 80, assessment: true, items: ['q:q'] },
			'2026-12-01T10:00:00.000Z',
		);
		expect(again.assignments.abc123def).toMatchObject({ received: date, fragment: 'a=y', passMark: 80, assessment: true });
	});
});
