import { describe, expect, it } from 'vitest';
import {
	advance,
	isAnswerTo,
	commitAnswer,
	currentQuestionId,
	initialDraft,
	isComplete,
	restoreAttempt,
	ROUND_KEY,
	startAttempt,
	toStored,
	type AttemptState,
} from '../../../src/lib/quiz/attempt.ts';
import { attemptResults, retryMissed, toQuizResult } from '../../../src/lib/quiz/results.ts';
import { recordQuizResult, saveQuizAttempt } from '../../../src/lib/progress/results.ts';
import { checkRecord, emptyRecord } from '../../../src/lib/progress/schema.ts';
import { createProgressStore } from '../../../src/lib/progress/store.ts';
import { fakeStorage } from '../progress/fake-storage.ts';
import { questionById, validQuiz } from './load.ts';

const quiz = validQuiz();
const q = (id: string) => questionById(quiz, id);

/** Right answers to the valid fixture, by question id. */
const right = {
	'pick-one': 'a',
	'pick-some': ['a', 'b'],
	'true-or-not': true,
	'in-order': ['one', 'two', 'three', 'four'],
	pairs: { x: 'x', y: 'y', z: 'z' },
	transcript: ['l1', 'l4'],
	'best-reply': 'good',
} as const;

function answerAll(state: AttemptState, answers: Record<string, unknown>): AttemptState {
	let next = state;
	while (!next.finished) {
		const id = currentQuestionId(next)!;
		next = advance(commitAnswer(next, id, structuredClone(answers[id]) as never));
	}
	return next;
}

describe('an attempt', () => {
	it('starts at the first question with no answers', () => {
		const state = startAttempt(quiz, 1);
		expect(state).toEqual({
			seed: 1,
			asked: quiz.questions.map((x) => x.id),
			position: 0,
			answers: {},
			finished: false,
		});
		expect(currentQuestionId(state)).toBe('pick-one');
	});

	it('all right: 100 %, passed, nothing missed', () => {
		const results = attemptResults(quiz, answerAll(startAttempt(quiz, 1), right));
		expect(results.score).toBe(1);
		expect(results.percent).toBe(100);
		expect(results.passed).toBe(true);
		expect(results.missed).toEqual([]);
	});

	it('scores partial answers over the whole quiz and compares with the pass mark', () => {
		const some = { ...right, 'pick-some': ['a'], 'best-reply': 'ok', 'true-or-not': false };
		const results = attemptResults(quiz, answerAll(startAttempt(quiz, 1), some));
		expect(results.score).toBeCloseTo(5 / 7);
		expect(results.percent).toBe(71);
		expect(results.passed).toBe(true);
		expect(results.missed).toEqual(['pick-some', 'true-or-not', 'best-reply']);
		const pickSome = results.questions.find((r) => r.question.id === 'pick-some');
		expect(pickSome).toMatchObject({ answer: ['a'], credit: 0.5, right: false });
	});

	it('fails under the pass mark', () => {
		const wrong = { ...right, 'pick-one': 'b', 'pick-some': ['c'], 'true-or-not': false };
		const results = attemptResults(quiz, answerAll(startAttempt(quiz, 1), wrong));
		expect(results.percent).toBe(57);
		expect(results.passed).toBe(false);
	});

	it('an unanswered question counts 0', () => {
		const results = attemptResults(quiz, startAttempt(quiz, 1));
		expect(results.score).toBe(0);
		expect(results.questions.every((r) => r.answer === undefined && r.credit === 0)).toBe(true);
	});

	it('advance finishes after the last question and then stays finished', () => {
		let state = startAttempt(quiz, 1);
		for (let i = 0; i < quiz.questions.length; i += 1) state = advance(state);
		expect(state.finished).toBe(true);
		expect(currentQuestionId(state)).toBeUndefined();
		expect(advance(state)).toBe(state);
	});

	it('keeps a confidence given earlier when an answer is committed again', () => {
		let state = commitAnswer(startAttempt(quiz, 1), 'pick-one', 'b', 'sure');
		state = commitAnswer(state, 'pick-one', 'a');
		expect(state.answers['pick-one']).toEqual({ value: 'a', confidence: 'sure' });
	});
});

describe('calibration', () => {
	it('counts sure/unsure against right/wrong; sure and wrong is listed', () => {
		let state = startAttempt(quiz, 1);
		state = commitAnswer(state, 'pick-one', 'a', 'sure');
		state = commitAnswer(state, 'pick-some', ['a'], 'sure');
		state = commitAnswer(state, 'true-or-not', false, 'sure');
		state = commitAnswer(state, 'in-order', [...right['in-order']], 'unsure');
		state = commitAnswer(state, 'pairs', { x: 'y', y: 'x', z: 'z' }, 'unsure');
		state = commitAnswer(state, 'transcript', ['l1', 'l4']);
		const { calibration } = attemptResults(quiz, state);
		expect(calibration).toEqual({
			sureRight: 1,
			sureWrong: 2,
			unsureRight: 1,
			unsureWrong: 1,
			unrated: 1,
			sureWrongIds: ['pick-some', 'true-or-not'],
		});
	});
});

describe('retry the missed questions', () => {
	it('asks only the missed ones, keeps the others, and scores the whole quiz again', () => {
		const first = answerAll(startAttempt(quiz, 1), {
			...right,
			'pick-one': 'b',
			'in-order': ['two', 'one', 'three', 'four'],
		});
		expect(attemptResults(quiz, first).missed).toEqual(['pick-one', 'in-order']);
		const retry = retryMissed(quiz, first, attemptResults(quiz, first).missed, 2);
		expect(retry).toMatchObject({
			seed: 2,
			asked: ['pick-one', 'in-order'],
			position: 0,
			finished: false,
		});
		expect(Object.keys(retry.answers).sort()).toEqual(['best-reply', 'pairs', 'pick-some', 'transcript', 'true-or-not']);
		const done = answerAll(retry, right);
		expect(attemptResults(quiz, done)).toMatchObject({ score: 1, passed: true, missed: [] });
		expect(
			attemptResults(quiz, done)
				.questions.filter((r) => r.asked)
				.map((r) => r.question.id),
		).toEqual(['pick-one', 'in-order']);
	});

	it('with nothing missed, starts again, as practice', () => {
		const done = answerAll(startAttempt(quiz, 1), right);
		expect(retryMissed(quiz, done, attemptResults(quiz, done).missed, 3)).toEqual({ ...startAttempt(quiz, 3), counts: false });
		const assessed = answerAll(startAttempt(quiz, 1, { mode: 'assessment', counts: true }), right);
		expect(retryMissed(quiz, assessed, [], 3)).toEqual(startAttempt(quiz, 3, { mode: 'assessment', counts: false }));
	});

	it('a retry keeps the round’s mode but never counts: the results screen showed the answers', () => {
		const first = answerAll(startAttempt(quiz, 1, { mode: 'assessment', counts: true }), { ...right, 'pick-one': 'b' });
		const retry = retryMissed(quiz, first, attemptResults(quiz, first).missed, 2);
		expect(retry).toMatchObject({ asked: ['pick-one'], mode: 'assessment', counts: false });
		const done = answerAll(retry, right);
		expect(toQuizResult(attemptResults(quiz, done), done, new Date('2026-11-22T10:00:00Z'))).toMatchObject({
			score: 1,
			mode: 'practice',
			missed: [],
		});
	});
});

describe('drafts', () => {
	it('start empty, or for an order question in the shuffled order', () => {
		expect(initialDraft(q('in-order'), ['two', 'one', 'three', 'four'])).toEqual(['two', 'one', 'three', 'four']);
		expect(initialDraft(q('pick-some'), [])).toEqual([]);
		expect(initialDraft(q('transcript'), [])).toEqual([]);
		expect(initialDraft(q('pairs'), [])).toEqual({});
		expect(initialDraft(q('pick-one'), [])).toBeUndefined();
	});
});

describe('isComplete', () => {
	it('wants a real answer before it can be committed', () => {
		expect(isComplete(q('pick-one'), undefined)).toBe(false);
		expect(isComplete(q('pick-one'), 'nope')).toBe(false);
		expect(isComplete(q('pick-one'), 'a')).toBe(true);
		expect(isComplete(q('pick-some'), [])).toBe(false);
		expect(isComplete(q('pick-some'), ['c'])).toBe(true);
		expect(isComplete(q('true-or-not'), false)).toBe(true);
		expect(isComplete(q('true-or-not'), 'false')).toBe(false);
		expect(isComplete(q('in-order'), ['one', 'two', 'three', 'four'])).toBe(true);
		expect(isComplete(q('in-order'), ['one'])).toBe(false);
		expect(isComplete(q('pairs'), { x: 'x', y: 'y' })).toBe(false);
		expect(isComplete(q('pairs'), { x: 'y', y: 'x', z: 'z' })).toBe(true);
		expect(isComplete(q('transcript'), [])).toBe(false);
		expect(isComplete(q('best-reply'), 'bad')).toBe(true);
	});
});

describe('storage', () => {
	const inProgress = () => {
		let state = startAttempt(quiz, 4242);
		state = advance(commitAnswer(state, 'pick-one', 'a', 'sure'));
		state = advance(commitAnswer(state, 'pick-some', ['b', 'c']));
		return commitAnswer(state, 'true-or-not', false, 'unsure');
	};

	it('round-trips an attempt through the progress record', () => {
		const state = inProgress();
		const record = checkRecord(JSON.parse(JSON.stringify(saveQuizAttempt(emptyRecord(), 'valid', toStored(state)))));
		expect(restoreAttempt(quiz, record.quizzes.valid?.current)).toEqual(state);
	});

	it('round-trips a round’s mode and whether it counts, so a reload cannot turn practice into assessment', () => {
		for (const rules of [
			{ mode: 'assessment', counts: true },
			{ mode: 'assessment', counts: false },
			{ mode: 'practice', counts: false },
		] as const) {
			const state = advance(commitAnswer(startAttempt(quiz, 77, rules), 'pick-one', 'a'));
			const record = checkRecord(JSON.parse(JSON.stringify(saveQuizAttempt(emptyRecord(), 'valid', toStored(state)))));
			expect(restoreAttempt(quiz, record.quizzes.valid?.current)).toEqual(state);
		}
	});

	it('a finished round is saved as assessment only when it counts', () => {
		const done = answerAll(startAttempt(quiz, 1), right);
		const results = attemptResults(quiz, done);
		const at = new Date('2026-11-22T10:00:00Z');
		expect(toQuizResult(results, { counts: true }, at)).toEqual({
			score: 1,
			passed: true,
			date: '2026-11-22T10:00:00.000Z',
			mode: 'assessment',
			missed: [],
		});
		expect(toQuizResult(results, { counts: false }, at).mode).toBe('practice');
		// A round from before rounds had modes (restored from an older save) is practice.
		expect(toQuizResult(results, {}, at).mode).toBe('practice');
	});

	it('round-trips a finished retry', () => {
		const first = answerAll(startAttempt(quiz, 1), { ...right, pairs: { x: 'y', y: 'x', z: 'z' } });
		const done = answerAll(retryMissed(quiz, first, attemptResults(quiz, first).missed, 9), right);
		expect(restoreAttempt(quiz, JSON.parse(JSON.stringify(toStored(done))))).toEqual(done);
	});

	const good = () => toStored(inProgress());
	const bad: [string, () => unknown][] = [
		['nothing', () => undefined],
		['null', () => null],
		['a string', () => 'garbage'],
		['a negative seed', () => ({ ...good(), seed: -1 })],
		['a fractional seed', () => ({ ...good(), seed: 1.5 })],
		['a seed too large', () => ({ ...good(), seed: 2 ** 32 })],
		['answers that are a list', () => ({ seed: 1, answers: [] })],
		[
			'a fractional position',
			() => ({
				seed: 1,
				answers: { [ROUND_KEY]: { asked: ['pick-one'], position: 0.5, finished: false } },
			}),
		],
		[
			'a finished flag that is text',
			() => ({
				seed: 1,
				answers: { [ROUND_KEY]: { asked: ['pick-one'], position: 0, finished: 'yes' } },
			}),
		],
		['no round', () => ({ seed: 1, answers: { 'pick-one': { value: 'a' } } })],
		['an empty round', () => ({ seed: 1, answers: { [ROUND_KEY]: { asked: [], position: 0, finished: false } } })],
		[
			'a round asking an unknown question',
			() => ({
				seed: 1,
				answers: { [ROUND_KEY]: { asked: ['nope'], position: 0, finished: false } },
			}),
		],
		[
			'a round asking a question twice',
			() => ({
				seed: 1,
				answers: { [ROUND_KEY]: { asked: ['pick-one', 'pick-one'], position: 0, finished: false } },
			}),
		],
		[
			'a position past the end',
			() => ({
				seed: 1,
				answers: { [ROUND_KEY]: { asked: ['pick-one'], position: 1, finished: false } },
			}),
		],
		['an answer to an unknown question', () => ({ ...good(), answers: { ...good().answers, gone: { value: 'a' } } })],
		['an answer that is not an option', () => ({ ...good(), answers: { ...good().answers, 'pick-one': { value: 'z' } } })],
		['an answer of the wrong type', () => ({ ...good(), answers: { ...good().answers, 'true-or-not': { value: 'false' } } })],
		['a bare answer without a record', () => ({ ...good(), answers: { ...good().answers, 'pick-one': 'a' } })],
		[
			'an order that is not a permutation',
			() => ({
				...good(),
				answers: { ...good().answers, 'in-order': { value: ['one', 'one', 'two', 'three'] } },
			}),
		],
		['a match to an unknown pair', () => ({ ...good(), answers: { ...good().answers, pairs: { value: { x: 'q' } } } })],
		['flagging an unknown line', () => ({ ...good(), answers: { ...good().answers, transcript: { value: ['l9'] } } })],
		[
			'an unknown confidence',
			() => ({
				...good(),
				answers: { ...good().answers, 'pick-one': { value: 'a', confidence: 'very' } },
			}),
		],
		['an unknown mode', () => ({ seed: 1, answers: { [ROUND_KEY]: { asked: ['pick-one'], position: 0, finished: false, mode: 'exam' } } })],
		[
			'a counts flag that is text',
			() => ({ seed: 1, answers: { [ROUND_KEY]: { asked: ['pick-one'], position: 0, finished: false, counts: 'yes' } } }),
		],
	];

	it.each(bad)('restoring %s gives undefined (a fresh attempt), never throws', (_, make) => {
		expect(restoreAttempt(quiz, make())).toBeUndefined();
	});

	it('a "__proto__" key in stored answers neither pollutes objects nor sneaks in an answer', () => {
		const stored = JSON.parse(
			`{"seed":1,"answers":{"__proto__":{"value":"a"},"${ROUND_KEY}":{"asked":["pick-one"],"position":0,"finished":false}}}`,
		);
		const restored = restoreAttempt(quiz, stored);
		expect(restored === undefined || Object.keys(restored.answers).length === 0).toBe(true);
		expect(({} as Record<string, unknown>).value).toBeUndefined();
	});

	it('the answer check accepts the right answers and rejects other questions’ ids', () => {
		for (const question of quiz.questions) {
			expect(isAnswerTo(question, right[question.id as keyof typeof right]), question.id).toBe(true);
		}
		expect(isAnswerTo(q('pick-some'), ['a', 'a'])).toBe(false);
		expect(isAnswerTo(q('pick-some'), [])).toBe(true);
		expect(isAnswerTo(q('pairs'), { x: 'x', y: 'q' })).toBe(false);
		expect(isAnswerTo(q('pairs'), { x: 1 })).toBe(false);
		expect(isAnswerTo(q('in-order'), ['one', 'two', 'three'])).toBe(false);
		expect(isAnswerTo(q('true-or-not'), 'true')).toBe(false);
		expect(isAnswerTo(q('transcript'), ['l1', 'l9'])).toBe(false);
	});

	it('a finished attempt is recorded as best/last, and a reload restores the results', () => {
		const { storage } = fakeStorage();
		const store = createProgressStore(storage);
		const done = answerAll(startAttempt(quiz, 5, { mode: 'assessment', counts: true }), { ...right, 'pick-one': 'b' });
		const result = toQuizResult(attemptResults(quiz, done), done, new Date('2026-11-22T10:00:00Z'));
		store.update((r) => saveQuizAttempt(recordQuizResult(r, 'valid', result), 'valid', toStored(done)));

		const reloaded = createProgressStore(storage).read().quizzes.valid;
		const kept = { score: 6 / 7, passed: true, date: '2026-11-22T10:00:00.000Z', attempt: 1, mode: 'assessment', missed: ['pick-one'] };
		expect(reloaded?.last).toEqual(kept);
		expect(reloaded?.best).toEqual(kept);
		expect(reloaded?.assessment).toEqual(kept);
		expect(reloaded?.attempts).toBe(1);
		const restored = restoreAttempt(quiz, reloaded?.current);
		expect(restored?.finished).toBe(true);
		expect(attemptResults(quiz, restored!).percent).toBe(86);
	});
});
