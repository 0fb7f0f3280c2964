import { describe, expect, it } from 'vitest';
import { advance, commitAnswer, isComplete, missingAnswer, startAttempt, upcomingQuestionId } from '../../../src/lib/quiz/attempt.ts';
import { attemptResults, questionNumber, ratedCount } from '../../../src/lib/quiz/results.ts';
import { answerVerdict, creditGrade } from '../../../src/lib/quiz/review.ts';
import { scoreQuestion } from '../../../src/lib/quiz/scoring.ts';
import { validQuiz } from './load.ts';

// What the quiz island used to decide inline, now decided in src/lib/quiz.
const quiz = validQuiz();
const q = (id: string) => quiz.questions.find((question) => question.id === id)!;

describe('missingAnswer', () => {
	it('asks for a tick where the answer is ticked boxes, a match for match, a choice otherwise', () => {
		const asked = Object.fromEntries(quiz.questions.map((question) => [question.type, missingAnswer(question.type)]));
		expect(asked).toEqual({
			single: 'needChoice',
			multiple: 'needTick',
			truefalse: 'needChoice',
			order: 'needChoice',
			match: 'needMatch',
			spot: 'needTick',
			best: 'needChoice',
		});
	});

	it('is only needed for drafts that are not complete', () => {
		expect(isComplete(q('pick-some'), [])).toBe(false);
		expect(isComplete(q('pairs'), { x: 'x' })).toBe(false);
	});
});

describe('upcomingQuestionId', () => {
	it('is the next asked question, then nothing after the last or once finished', () => {
		let state = startAttempt(quiz, 3);
		expect(upcomingQuestionId(state)).toBe(state.asked[1]);
		while (state.position < state.asked.length - 1) state = advance(state);
		expect(upcomingQuestionId(state)).toBeUndefined();
		expect(upcomingQuestionId(advance(state))).toBeUndefined();
	});
});

describe('answerVerdict and creditGrade', () => {
	it('an unanswered question is “unanswered”, not wrong', () => {
		expect(answerVerdict(undefined, 0)).toBe('unanswered');
	});

	it('judges full, some and no credit', () => {
		const best = q('best-reply');
		expect(['good', 'ok', 'bad'].map((id) => answerVerdict(id, scoreQuestion(best, id)))).toEqual(['right', 'partly', 'wrong']);
	});

	it('grades a best option by its credit', () => {
		expect([1, 0.5, 0].map(creditGrade)).toEqual(['best', 'acceptable', 'harmful']);
	});
});

describe('ratedCount and questionNumber', () => {
	it('counts the answers given with a sure/not sure, not the unrated ones', () => {
		let state = startAttempt(quiz, 1);
		state = commitAnswer(state, 'pick-one', 'a', 'sure');
		state = commitAnswer(state, 'pick-some', ['a'], 'unsure');
		state = commitAnswer(state, 'true-or-not', true);
		expect(ratedCount(attemptResults(quiz, state).calibration)).toBe(2);
		expect(ratedCount(attemptResults(quiz, startAttempt(quiz, 1)).calibration)).toBe(0);
	});

	it('numbers questions from 1 in quiz order', () => {
		expect(quiz.questions.map((question) => questionNumber(quiz, question.id))).toEqual(quiz.questions.map((_, index) => index + 1));
		expect(questionNumber(quiz, 'nope')).toBe(0);
	});
});
