import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../src/lib/i18n/localized.ts';
import { reviewOf, verdict } from '../../../src/lib/quiz/review.ts';
import { questionById, validQuiz } from './load.ts';

const quiz = pickLanguage(validQuiz(), 'fr');
const q = (id: string) => questionById(quiz, id);
const labels = { true: 'Vrai', false: 'Faux' };

describe('review of an answer', () => {
	it('is in one language only', () => {
		expect(quiz.title).toBe('Valide');
		expect(JSON.stringify(quiz)).not.toMatch(/"en"|"it"/);
	});

	it('single: the chosen option, the right one, the chosen option’s feedback', () => {
		expect(reviewOf(q('pick-one'), 'b', labels)).toEqual({
			given: [{ text: 'B' }],
			right: [{ text: 'A' }],
			ordered: false,
			feedback: ['Non'],
		});
	});

	it('multiple: feedback for wrong picks and missed right options only', () => {
		const review = reviewOf(q('pick-some'), ['a', 'c'], labels);
		expect(review.given).toEqual([{ text: 'A' }, { text: 'C' }]);
		expect(review.right).toEqual([{ text: 'A' }, { text: 'B' }]);
		expect(review.feedback).toEqual(['Manqué', 'Faux']);
	});

	it('truefalse: the UI’s words, and feedbackWrong after a wrong answer', () => {
		expect(reviewOf(q('true-or-not'), false, labels)).toMatchObject({
			given: [{ text: 'Faux' }],
			right: [{ text: 'Vrai' }],
			feedback: ['Si'],
		});
		expect(reviewOf(q('true-or-not'), true, labels).feedback).toEqual([]);
	});

	it('order: both sequences, numbered', () => {
		expect(reviewOf(q('in-order'), ['two', 'one', 'three', 'four'], labels)).toMatchObject({
			given: [{ text: 'Deux' }, { text: 'Un' }, { text: 'Trois' }, { text: 'Quatre' }],
			right: [{ text: 'Un' }, { text: 'Deux' }, { text: 'Trois' }, { text: 'Quatre' }],
			ordered: true,
		});
	});

	it('match: each left side with the chosen and the right right side', () => {
		const review = reviewOf(q('pairs'), { x: 'y', y: 'x' }, labels);
		expect(review.given).toEqual([{ text: 'X → y' }, { text: 'Y → x' }, { text: 'Z → —' }]);
		expect(review.right).toEqual([{ text: 'X → x' }, { text: 'Y → y' }, { text: 'Z → z' }]);
	});

	it('spot: mistakes found and missed with why, and wrong flags', () => {
		expect(reviewOf(q('transcript'), ['l1', 'l2'], labels).spot).toEqual([
			{ speaker: 'narrator', text: 'Silence', status: 'found', why: 'Trop long' },
			{ speaker: 'agent', text: 'Bonjour', status: 'wrong-flag', why: undefined },
			{ speaker: 'agent', text: 'Salut toi', status: 'missed', why: 'Registre' },
		]);
	});

	it('best: the credit of the chosen and of the best reply', () => {
		expect(reviewOf(q('best-reply'), 'ok', labels)).toMatchObject({
			given: [{ text: 'OK', credit: 0.5 }],
			right: [{ text: 'Bien', credit: 1 }],
			feedback: ['Bof'],
		});
	});

	it('not answered: no given answer and no feedback', () => {
		for (const question of quiz.questions) {
			const review = reviewOf(question, undefined, labels);
			expect(review.given, question.id).toBeUndefined();
			expect(review.feedback).toEqual([]);
		}
	});

	it('verdicts', () => {
		expect([verdict(1), verdict(0.5), verdict(0)]).toEqual(['right', 'partly', 'wrong']);
	});
});
