import { describe, expect, it } from 'vitest';
import { checklist } from '../../../src/lib/assignment/checklist.ts';
import { itemStatus, receivedRules, rulesOf } from '../../../src/lib/assignment/status.ts';
import { NO_RULES, type PassRules } from '../../../src/lib/assignment/verdict.ts';
import { markAnswersShown, recordQuizResult, saveQuizAttempt } from '../../../src/lib/progress/results.ts';
import { recordRoleplayResult } from '../../../src/lib/progress/roleplay-results.ts';
import { emptyRecord, type ProgressRecord, type QuizResult, type RoleplayResult } from '../../../src/lib/progress/schema.ts';
import { commitAnswer, startAttempt, toStored } from '../../../src/lib/quiz/attempt.ts';

const date = '2026-11-20T09:00:00.000Z';
const later = '2026-11-21T09:00:00.000Z';
const required: PassRules = { passMark: 80, assessment: true };
const optional: PassRules = { passMark: 80, assessment: false };

const quizResult = (score: number, mode: QuizResult['mode'], missed: string[] = [], when = later): QuizResult => ({
	score,
	passed: score >= 0.7,
	date: when,
	mode,
	missed,
});
const call = (overall: number, mode: RoleplayResult['mode'], path: string[] = []): RoleplayResult => ({
	shares: { courtesy: overall },
	overall,
	outcome: 'resolved',
	mode,
	date: later,
	path,
});

/** A learner who read a module and made the quiz attempts given, in order. */
function withQuiz(...results: QuizResult[]): ProgressRecord {
	let record: ProgressRecord = { ...emptyRecord(), modulesRead: { 'agents/hold-done-right': date } };
	for (const result of results) record = recordQuizResult(record, 'hold-done-right', result);
	return record;
}

describe('itemStatus: modules', () => {
	it('passes a module once read, with no score, whatever the rules', () => {
		const record = withQuiz();
		for (const rules of [NO_RULES, required, { passMark: 100, assessment: false }]) {
			expect(itemStatus(record, 'm:agents/hold-done-right', {}, rules)).toEqual({
				verdict: 'passed',
				done: true,
				score: null,
				date: '2026-11-20',
			});
		}
		expect(itemStatus(record, 'm:agents/register', {}, required)).toEqual({ verdict: 'not-started', done: false, score: null });
	});
});

describe('itemStatus: quizzes', () => {
	it('the issue’s scenario: assessment 27 %, then a retry at 100 % after the answers were shown', () => {
		const record = withQuiz(quizResult(0.27, 'assessment', ['pick-one', 'in-order']), quizResult(1, 'assessment'));
		// With assessment required, the first attempt counts: not passed at 27 %.
		expect(itemStatus(record, 'q:hold-done-right', {}, required)).toEqual({
			verdict: 'not-passed',
			done: true,
			score: 27,
			date: '2026-11-21',
			mode: 'assessment',
			attempt: 1,
			detail: ['pick-one', 'in-order'],
		});
		// Without, the 100 % counts, and says it was practice (the second attempt).
		expect(itemStatus(record, 'q:hold-done-right', {}, optional)).toEqual({
			verdict: 'passed',
			done: true,
			score: 100,
			date: '2026-11-21',
			mode: 'practice',
			attempt: 2,
			detail: [],
		});
	});

	it('with assessment required, a practice result however good is finished but not passed', () => {
		const record = withQuiz(quizResult(1, 'practice'));
		expect(itemStatus(record, 'q:hold-done-right', {}, required)).toMatchObject({
			verdict: 'not-passed',
			done: true,
			score: 100,
			mode: 'practice',
		});
		expect(itemStatus(record, 'q:hold-done-right', {}, optional)).toMatchObject({ verdict: 'passed', score: 100, mode: 'practice' });
		// Answers shown by practice feedback first: an attempt in assessment mode is practice too.
		const shown = recordQuizResult(markAnswersShown(emptyRecord(), 'hold-done-right'), 'hold-done-right', quizResult(0.9, 'assessment'));
		expect(itemStatus(shown, 'q:hold-done-right', {}, required)).toMatchObject({ verdict: 'not-passed', mode: 'practice', attempt: 1 });
	});

	it('judges the score against the assignment’s pass mark, in whole percent', () => {
		const record = withQuiz(quizResult(0.795, 'assessment'));
		expect(itemStatus(record, 'q:hold-done-right', {}, required)).toMatchObject({ verdict: 'passed', score: 80 });
		expect(itemStatus(record, 'q:hold-done-right', {}, { passMark: 81, assessment: true })).toMatchObject({
			verdict: 'not-passed',
			score: 80,
		});
		// 0.57 × 100 is 56.99999999999999 in floating point: still 57 %.
		const close = withQuiz(quizResult(0.57, 'assessment'));
		expect(itemStatus(close, 'q:hold-done-right', {}, { passMark: 57, assessment: true })).toMatchObject({ verdict: 'passed', score: 57 });
	});

	it('is in progress while an attempt has answers, not started before any', () => {
		const fresh = startAttempt({ passMark: 70, questions: [{ id: 'pick-one', type: 'truefalse', answer: true }] }, 1);
		const opened = saveQuizAttempt(emptyRecord(), 'hold-done-right', toStored(fresh));
		expect(itemStatus(opened, 'q:hold-done-right', {}, required)).toEqual({ verdict: 'not-started', done: false, score: null });
		const answering = saveQuizAttempt(emptyRecord(), 'hold-done-right', toStored(commitAnswer(fresh, 'pick-one', true)));
		expect(itemStatus(answering, 'q:hold-done-right', {}, required)).toEqual({ verdict: 'in-progress', done: false, score: null });
		// Answers shown but nothing finished yet: nothing to judge.
		expect(itemStatus(markAnswersShown(emptyRecord(), 'hold-done-right'), 'q:hold-done-right', {}, required).verdict).toBe('not-started');
	});

	it('reads a record from before attempts had modes: finished, but never an assessment', () => {
		const record: ProgressRecord = {
			...emptyRecord(),
			quizzes: { 'hold-done-right': { best: { score: 0.86, passed: true, date: later }, attempts: 1 } },
		};
		expect(itemStatus(record, 'q:hold-done-right')).toEqual({ verdict: 'passed', done: true, score: 86, date: '2026-11-21' });
		expect(itemStatus(record, 'q:hold-done-right', {}, required)).toMatchObject({ verdict: 'not-passed', done: true, score: 86 });
	});
});

describe('itemStatus: role-plays', () => {
	it('counts the first assessment call; a second one is practice', () => {
		let record = recordRoleplayResult(emptyRecord(), 'cold-call', call(0.52, 'assessment', ['start.calm', '!hold.blame']));
		record = recordRoleplayResult(record, 'cold-call', call(0.9, 'assessment', ['start.calm']));
		expect(itemStatus(record, 'r:cold-call', {}, required)).toEqual({
			verdict: 'not-passed',
			done: true,
			score: 52,
			date: '2026-11-21',
			mode: 'assessment',
			attempt: 1,
			detail: ['start.calm', '!hold.blame'],
		});
		expect(itemStatus(record, 'r:cold-call', {}, optional)).toMatchObject({ verdict: 'passed', score: 90, mode: 'practice', attempt: 2 });
	});

	it('with assessment required, practice calls only never pass', () => {
		let record = recordRoleplayResult(emptyRecord(), 'cold-call', call(0.6, 'practice'));
		record = recordRoleplayResult(record, 'cold-call', call(0.95, 'practice'));
		expect(itemStatus(record, 'r:cold-call', {}, required)).toMatchObject({
			verdict: 'not-passed',
			done: true,
			score: 95,
			mode: 'practice',
		});
		expect(itemStatus(emptyRecord(), 'r:cold-call', {}, required)).toEqual({ verdict: 'not-started', done: false, score: null });
	});
});

describe('itemStatus: paths', () => {
	const paths = {
		'p:short': ['m:agents/hold-done-right', 'q:hold-done-right'],
		'p:long': ['m:agents/hold-done-right', 'q:hold-done-right', 'r:cold-call'],
		'p:later': ['m:agents/register', 'r:cold-call'],
	};

	it('passes when every step passed, dated by the last step', () => {
		const record = withQuiz(quizResult(0.9, 'assessment'));
		expect(itemStatus(record, 'p:short', paths, required)).toEqual({ verdict: 'passed', done: true, score: null, date: '2026-11-21' });
	});

	it('is finished but not passed when a step did not pass', () => {
		expect(itemStatus(withQuiz(quizResult(0.5, 'assessment')), 'p:short', paths, required)).toEqual({
			verdict: 'not-passed',
			done: true,
			score: null,
			date: '2026-11-21',
		});
		// Practice only, assessment required: the step, and so the path, is not passed.
		expect(itemStatus(withQuiz(quizResult(1, 'practice')), 'p:short', paths, required).verdict).toBe('not-passed');
		expect(itemStatus(withQuiz(quizResult(1, 'practice')), 'p:short', paths, optional).verdict).toBe('passed');
	});

	it('is in progress while some steps are left, not started before any', () => {
		const record = withQuiz(quizResult(0.9, 'assessment'));
		expect(itemStatus(record, 'p:long', paths, required)).toEqual({ verdict: 'in-progress', done: false, score: null });
		expect(itemStatus(record, 'p:later', paths, required)).toEqual({ verdict: 'not-started', done: false, score: null });
		expect(itemStatus(record, 'p:unknown', paths, required)).toEqual({ verdict: 'not-started', done: false, score: null });
	});
});

describe('checklist', () => {
	it('is complete once every item is finished, and passed only if every item passed', () => {
		const keys = ['m:agents/hold-done-right', 'q:hold-done-right'];
		const failed = checklist(withQuiz(quizResult(0.5, 'assessment')), keys, {}, required);
		expect([failed.done, failed.complete, failed.passed]).toEqual([2, true, false]);
		const good = checklist(withQuiz(quizResult(0.85, 'assessment')), keys, {}, required);
		expect([good.done, good.complete, good.passed]).toEqual([2, true, true]);
		const partial = checklist(withQuiz(), keys, {}, required);
		expect([partial.done, partial.complete, partial.passed]).toEqual([1, false, false]);
		expect(checklist(withQuiz(), [], {}, required)).toMatchObject({ complete: false, passed: false });
	});
});

describe('the rules of an assignment', () => {
	it('come from the link, or from the record of a received assignment', () => {
		expect(rulesOf({ p: 80, m: 1 })).toEqual(required);
		expect(rulesOf({ p: 0 })).toEqual({ passMark: 0, assessment: false });
		expect(receivedRules({ passMark: 80, assessment: true })).toEqual(required);
		// Saved before rules were kept: finishing is enough.
		expect(receivedRules({})).toEqual(NO_RULES);
	});
});
