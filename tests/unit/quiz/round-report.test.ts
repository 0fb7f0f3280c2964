import { describe, expect, it } from 'vitest';
import type { AssignmentContext } from '../../../src/lib/assignment/context.ts';
import { emptyRecord } from '../../../src/lib/progress/schema.ts';
import { markAnswersShown, recordQuizResult } from '../../../src/lib/progress/results.ts';
import { attemptKind, restartIsPractice, roundNote } from '../../../src/lib/quiz/round-report.ts';

const context = (assessment: boolean): AssignmentContext => ({
	id: 'week1',
	received: { fragment: 'a=x', title: 'Week one', received: '2026-11-30T09:00:00.000Z', passMark: 80, assessment, items: ['q:quiz'] },
	rules: { passMark: 80, assessment },
});
const result = (mode: 'practice' | 'assessment', score = 0.5) => ({ score, passed: false, date: '2026-11-30T09:00:00.000Z', mode });

describe('roundNote', () => {
	it('says nothing for a round in the quiz’s own mode that can count, opened on its own', () => {
		expect(roundNote({ mode: 'assessment', counts: true }, 'assessment', undefined)).toBeUndefined();
		expect(roundNote({ mode: 'practice', counts: false }, 'practice', undefined)).toBeUndefined();
	});

	it('gives the assignment’s rules when opened from one', () => {
		expect(roundNote({ mode: 'assessment', counts: true }, 'practice', context(true))).toEqual({
			assignment: { title: 'Week one', passMark: 80, assessment: true },
			practice: false,
		});
		// Not requiring assessment: the practice quiz stays practice, and the note gives the pass mark.
		expect(roundNote({ mode: 'practice', counts: false }, 'practice', context(false))).toEqual({
			assignment: { title: 'Week one', passMark: 80, assessment: false },
			practice: false,
		});
	});

	it('warns that an assessment round will be practice once the answers have been shown', () => {
		expect(roundNote({ mode: 'assessment', counts: false }, 'assessment', undefined)).toEqual({ practice: true });
		// A round stored before rounds carried `counts` cannot count either.
		expect(roundNote({}, 'assessment', undefined)).toEqual({ practice: true });
		expect(roundNote({ mode: 'assessment', counts: false }, 'practice', context(true))).toMatchObject({ practice: true });
	});

	it('names the round’s mode when it differs from the quiz’s own and no assignment says why', () => {
		expect(roundNote({ mode: 'assessment', counts: true }, 'practice', undefined)).toEqual({ mode: 'assessment', practice: false });
		expect(roundNote({ mode: 'practice', counts: false }, 'assessment', context(false))).toMatchObject({ mode: 'practice' });
	});
});

describe('attemptKind', () => {
	it('follows the mode the record gave the attempt, and says why an assessment round became practice', () => {
		expect(attemptKind(result('assessment'), 'assessment')).toBe('counts');
		expect(attemptKind(result('practice'), 'assessment')).toBe('practiceShown');
		expect(attemptKind(result('practice'), 'practice')).toBe('practice');
	});
});

describe('restartIsPractice', () => {
	it('is practice after any results screen, and for a practice quiz', () => {
		const fresh = emptyRecord();
		expect(restartIsPractice(fresh.quizzes.quiz, 'assessment')).toBe(false);
		expect(restartIsPractice(fresh.quizzes.quiz, 'practice')).toBe(true);
		const finished = recordQuizResult(fresh, 'quiz', result('assessment'));
		expect(restartIsPractice(finished.quizzes.quiz, 'assessment')).toBe(true);
		const shown = markAnswersShown(fresh, 'quiz');
		expect(restartIsPractice(shown.quizzes.quiz, 'assessment')).toBe(true);
	});
});
