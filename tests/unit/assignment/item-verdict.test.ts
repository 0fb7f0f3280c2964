import { describe, expect, it } from 'vitest';
import type { AssignmentContext } from '../../../src/lib/assignment/context.ts';
import { assignmentVerdict, contextFor } from '../../../src/lib/assignment/item-verdict.ts';
import { recordQuizResult } from '../../../src/lib/progress/results.ts';
import { recordRoleplayResult } from '../../../src/lib/progress/roleplay-results.ts';
import { emptyRecord } from '../../../src/lib/progress/schema.ts';

const context = (assessment: boolean, passMark = 80): AssignmentContext => ({
	id: 'week1',
	received: { fragment: 'a=x', title: 'Week one', received: '2026-11-30T09:00:00.000Z', passMark, assessment, items: ['q:quiz', 'r:call'] },
	rules: { passMark, assessment },
});
const quiz = (mode: 'practice' | 'assessment', score: number) => ({ score, passed: score >= 0.7, date: '2026-11-30T09:00:00.000Z', mode });
const call = (mode: 'practice' | 'assessment', overall: number) => ({
	shares: { courtesy: overall },
	overall,
	outcome: 'resolved',
	mode,
	date: '2026-11-30T09:00:00.000Z',
});

describe('assignmentVerdict', () => {
	it('judges by the assignment’s pass mark, not the quiz’s own: 76 % against 80 % is not passed', () => {
		const record = recordQuizResult(emptyRecord(), 'quiz', quiz('assessment', 0.76));
		expect(assignmentVerdict(record, 'q:quiz', context(true), 1)).toMatchObject({
			verdict: 'not-passed',
			score: 76,
			title: 'Week one',
			passMark: 80,
			earlier: false,
			onlyPractice: false,
		});
	});

	it('after a practice retry, names the earlier attempt that counts', () => {
		let record = recordQuizResult(emptyRecord(), 'quiz', quiz('assessment', 0.27));
		record = recordQuizResult(record, 'quiz', quiz('practice', 1));
		// Assessment required: the first attempt counts, 27 %.
		expect(assignmentVerdict(record, 'q:quiz', context(true), 2)).toMatchObject({
			verdict: 'not-passed',
			score: 27,
			attempt: 1,
			mode: 'assessment',
			earlier: true,
		});
		// Not required: the better one counts, the practice attempt just made.
		expect(assignmentVerdict(record, 'q:quiz', context(false), 2)).toMatchObject({
			verdict: 'passed',
			score: 100,
			attempt: 2,
			mode: 'practice',
			earlier: false,
		});
	});

	it('says when only practice results exist and assessment is required', () => {
		const record = recordRoleplayResult(emptyRecord(), 'call', call('practice', 0.95));
		expect(assignmentVerdict(record, 'r:call', context(true), 1)).toMatchObject({ verdict: 'not-passed', onlyPractice: true });
		expect(assignmentVerdict(record, 'r:call', context(false), 1)).toMatchObject({ verdict: 'passed', onlyPractice: false });
	});

	it('never calls an attempt earlier when attempts are not numbered', () => {
		const record = recordRoleplayResult(emptyRecord(), 'call', call('assessment', 0.5));
		expect(assignmentVerdict(record, 'r:call', context(false, 50), undefined)).toMatchObject({ verdict: 'passed', earlier: false });
	});
});

describe('contextFor', () => {
	const record = {
		...emptyRecord(),
		assignments: {
			week1: {
				fragment: 'a=x',
				title: 'Week one',
				received: '2026-11-30T09:00:00.000Z',
				passMark: 80,
				assessment: true,
				items: ['q:quiz', 'p:first-week'],
				paths: { 'p:first-week': ['m:agents/hold-done-right', 'r:call'] },
			},
		},
	};

	it('gives the assignment for an item it holds, itself or as a step of one of its paths', () => {
		expect(contextFor(record, '?assignment=week1', 'q:quiz')).toMatchObject({ id: 'week1', rules: { passMark: 80, assessment: true } });
		expect(contextFor(record, '?assignment=week1', 'r:call')).toMatchObject({ id: 'week1' });
	});

	it('gives nothing for an item the assignment does not hold, an unknown assignment, or no query', () => {
		expect(contextFor(record, '?assignment=week1', 'q:other')).toBeUndefined();
		expect(contextFor(record, '?assignment=nope', 'q:quiz')).toBeUndefined();
		expect(contextFor(record, '', 'q:quiz')).toBeUndefined();
	});
});
