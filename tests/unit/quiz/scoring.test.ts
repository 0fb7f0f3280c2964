import { describe, expect, it } from 'vitest';
import {
	passes,
	percent,
	quizScore,
	scoreBest,
	scoreMatch,
	scoreMultiple,
	scoreOrder,
	scoreQuestion,
	scoreSingle,
	scoreSpot,
	scoreTrueFalse,
} from '../../../src/lib/quiz/scoring.ts';
import { questionById, validQuiz } from './load.ts';

const options = [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c' }, { id: 'd', correct: false }];
const items = ['one', 'two', 'three', 'four', 'five'].map((id) => ({ id }));
const lines = [{ id: 'l1', mistake: 'why' }, { id: 'l2' }, { id: 'l3', mistake: 'why' }, { id: 'l4' }, { id: 'l5' }];

describe('single', () => {
	it('scores 1 for the correct option, 0 otherwise', () => {
		const single = [{ id: 'a', correct: true }, { id: 'b' }];
		expect(scoreSingle(single, 'a')).toBe(1);
		expect(scoreSingle(single, 'b')).toBe(0);
		expect(scoreSingle(single, '')).toBe(0);
		expect(scoreSingle(single, 'zz')).toBe(0);
	});
});

describe('multiple: (right picks − wrong picks) / correct count, floored at 0', () => {
	it.each([
		[['a', 'b'], 1],
		[['a'], 0.5],
		[['a', 'c'], 0],
		[['a', 'b', 'c'], 0.5],
		[['c'], 0],
		[['c', 'd'], 0],
		[[], 0],
		[['a', 'b', 'c', 'd'], 0],
		[['a', 'a', 'a'], 0.5],
		[['a', 'unknown'], 0.5],
	] as const)('%j scores %d', (chosen, expected) => {
		expect(scoreMultiple(options, chosen)).toBe(expected);
	});

	it('all selected scores 1 only when every option is correct', () => {
		const allRight = [
			{ id: 'a', correct: true },
			{ id: 'b', correct: true },
		];
		expect(scoreMultiple(allRight, ['a', 'b'])).toBe(1);
	});

	it('three correct of five: all five ticked gives (3 − 2) / 3', () => {
		const five = ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({ id, correct: index < 3 }));
		expect(scoreMultiple(five, ['a', 'b', 'c', 'd', 'e'])).toBeCloseTo(1 / 3);
	});
});

describe('truefalse', () => {
	it('scores 1 when the answer matches', () => {
		expect(scoreTrueFalse(true, true)).toBe(1);
		expect(scoreTrueFalse(false, false)).toBe(1);
		expect(scoreTrueFalse(true, false)).toBe(0);
	});
});

describe('order: (longest run in the right relative order − 1) / (items − 1)', () => {
	it('scores 1 for the right order and 0 for the reverse', () => {
		expect(scoreOrder(items, ['one', 'two', 'three', 'four', 'five'])).toBe(1);
		expect(scoreOrder(items, ['five', 'four', 'three', 'two', 'one'])).toBe(0);
	});

	it('one item out of place keeps (n − 2) / (n − 1)', () => {
		// "five" moved to the front: one, two, three, four are still in order.
		expect(scoreOrder(items, ['five', 'one', 'two', 'three', 'four'])).toBe(3 / 4);
		// Two neighbours swapped: the longest run in order is 4 long.
		expect(scoreOrder(items, ['one', 'three', 'two', 'four', 'five'])).toBe(3 / 4);
	});

	it('partially right orders score in between', () => {
		// Longest runs in order are 3 long (e.g. one, three, five): (3 − 1) / 4.
		expect(scoreOrder(items, ['two', 'one', 'four', 'three', 'five'])).toBe(2 / 4);
		expect(scoreOrder(items, ['four', 'five', 'one', 'two', 'three'])).toBe(2 / 4);
		expect(scoreOrder(items, ['five', 'three', 'four', 'one', 'two'])).toBe(1 / 4);
	});

	it('an empty or incomplete arrangement scores 0', () => {
		expect(scoreOrder(items, [])).toBe(0);
		expect(scoreOrder(items, ['one', 'two', 'three', 'four'])).toBe(0);
		expect(scoreOrder(items, ['one', 'one', 'three', 'four', 'five'])).toBe(0);
		expect(scoreOrder(items, ['one', 'two', 'three', 'four', 'six'])).toBe(0);
	});
});

describe('match: share of pairs right', () => {
	const pairs = [{ id: 'x' }, { id: 'y' }, { id: 'z' }, { id: 'w' }];
	it('counts each left side given its own right side', () => {
		expect(scoreMatch(pairs, { x: 'x', y: 'y', z: 'z', w: 'w' })).toBe(1);
		expect(scoreMatch(pairs, { x: 'x', y: 'z', z: 'y', w: 'w' })).toBe(0.5);
		expect(scoreMatch(pairs, { x: 'y', y: 'x', z: 'w', w: 'z' })).toBe(0);
		expect(scoreMatch(pairs, { x: 'x' })).toBe(0.25);
		expect(scoreMatch(pairs, {})).toBe(0);
	});
	it('the same right side chosen for every left side gets one pair at most', () => {
		expect(scoreMatch(pairs, { x: 'x', y: 'x', z: 'x', w: 'x' })).toBe(0.25);
	});
	it('ignores inherited keys', () => {
		expect(scoreMatch([{ id: 'constructor' }], {})).toBe(0);
	});
});

describe('spot: (flagged mistakes − flagged correct lines) / mistakes, floored at 0', () => {
	it.each([
		[['l1', 'l3'], 1],
		[['l1'], 0.5],
		[['l1', 'l2'], 0],
		[['l1', 'l3', 'l2'], 0.5],
		[['l2'], 0],
		[[], 0],
		[['l1', 'l2', 'l3', 'l4', 'l5'], 0],
	] as const)('%j scores %d', (flagged, expected) => {
		expect(scoreSpot(lines, flagged)).toBe(expected);
	});
});

describe('best: the chosen option’s credit', () => {
	const best = [
		{ id: 'good', credit: 1 },
		{ id: 'ok', credit: 0.5 },
		{ id: 'bad', credit: 0 },
	];
	it('gives 1, 0.5 or 0', () => {
		expect(scoreBest(best, 'good')).toBe(1);
		expect(scoreBest(best, 'ok')).toBe(0.5);
		expect(scoreBest(best, 'bad')).toBe(0);
		expect(scoreBest(best, '')).toBe(0);
	});
});

describe('scoreQuestion', () => {
	const quiz = validQuiz();
	const q = (id: string) => questionById(quiz, id);

	it('scores no answer as 0 for every type', () => {
		for (const question of quiz.questions) expect(scoreQuestion(question, undefined), question.id).toBe(0);
	});

	it('scores an answer of the wrong shape as 0, never throws', () => {
		for (const question of quiz.questions) {
			for (const junk of [42, 'x', ['x'], { a: 'b' }, true, null]) {
				const credit = scoreQuestion(question, junk);
				expect(credit, `${question.id} ${JSON.stringify(junk)}`).toBeGreaterThanOrEqual(0);
				expect(credit).toBeLessThanOrEqual(question.type === 'truefalse' ? 1 : 0);
			}
		}
	});

	it('dispatches on the type', () => {
		expect(scoreQuestion(q('pick-one'), 'a')).toBe(1);
		expect(scoreQuestion(q('pick-some'), ['a'])).toBe(0.5);
		expect(scoreQuestion(q('true-or-not'), false)).toBe(0);
		expect(scoreQuestion(q('in-order'), ['two', 'one', 'three', 'four'])).toBe(2 / 3);
		expect(scoreQuestion(q('pairs'), { x: 'x', y: 'y', z: 'z' })).toBe(1);
		expect(scoreQuestion(q('transcript'), ['l1'])).toBe(0.5);
		expect(scoreQuestion(q('best-reply'), 'ok')).toBe(0.5);
	});
});

describe('quiz score and pass mark', () => {
	it('is the mean credit', () => {
		expect(quizScore([1, 0.5, 0, 1])).toBe(0.625);
		expect(quizScore([])).toBe(0);
	});

	it('passes on the percentage shown to the learner', () => {
		expect(percent(0.695)).toBe(70);
		expect(passes(0.695, 70)).toBe(true);
		expect(passes(0.69, 70)).toBe(false);
		expect(passes(2 / 3, 67)).toBe(true);
		expect(passes(2 / 3, 68)).toBe(false);
		expect(passes(1, 100)).toBe(true);
		expect(passes(0.285, 29)).toBe(true);
	});
});
