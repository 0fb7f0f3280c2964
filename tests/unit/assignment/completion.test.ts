import { describe, expect, it } from 'vitest';
import { checklist, pathItemsOf } from '../../../src/lib/assignment/checklist.ts';
import { decodeCompletion } from '../../../src/lib/assignment/code.ts';
import { completionCode, dayOf, isOverdue, linkErrorKeys, withLearnerName } from '../../../src/lib/assignment/completion.ts';
import { MAX_NAME, type Assignment } from '../../../src/lib/assignment/schema.ts';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import { rulesOf } from '../../../src/lib/assignment/status.ts';
import { emptyRecord, type ProgressRecord, type QuizResult } from '../../../src/lib/progress/schema.ts';

const first: QuizResult = {
	score: 0.9,
	passed: true,
	date: '2026-11-21T09:00:00.000Z',
	attempt: 1,
	mode: 'assessment',
	missed: ['pick-one'],
};
const record: ProgressRecord = {
	...emptyRecord(),
	modulesRead: { 'agents/hold-done-right': '2026-11-20T09:00:00.000Z' },
	quizzes: { 'hold-done-right': { best: first, assessment: first, revealed: true, last: first, attempts: 1 } },
};
const assignment: Assignment = { v: 1, i: 'abc123def', t: 'Week one', p: 80, m: 1, x: ['m:agents/hold-done-right', 'q:hold-done-right'] };

describe('checklist', () => {
	it('says where the learner stands on each item, and how many are done', () => {
		const list = checklist(record, [...assignment.x, 'r:cold-call'], {}, rulesOf(assignment));
		expect(list.rows).toEqual([
			{ key: 'm:agents/hold-done-right', verdict: 'passed', done: true, score: null, date: '2026-11-20' },
			{
				key: 'q:hold-done-right',
				verdict: 'passed',
				done: true,
				score: 90,
				date: '2026-11-21',
				mode: 'assessment',
				attempt: 1,
				detail: ['pick-one'],
			},
			{ key: 'r:cold-call', verdict: 'not-started', done: false, score: null },
		]);
		expect([list.done, list.complete, list.passed]).toEqual([2, false, false]);
		expect(checklist(record, assignment.x, {}, rulesOf(assignment))).toMatchObject({ complete: true, passed: true });
		// The same 90 % under a pass mark of 95: finished, so a code can be made, but not passed.
		expect(checklist(record, assignment.x, {}, { passMark: 95, assessment: true })).toMatchObject({ complete: true, passed: false });
		expect(checklist(record, []).complete).toBe(false);
	});

	it('counts a path done through its own items, taken from the catalogue', () => {
		const catalogue = [{ key: 'm:agents/hold-done-right' }, { key: 'p:short', items: ['m:agents/hold-done-right', 'q:hold-done-right'] }];
		expect(pathItemsOf(catalogue)).toEqual({ 'p:short': ['m:agents/hold-done-right', 'q:hold-done-right'] });
		expect(checklist(record, ['p:short'], pathItemsOf(catalogue)).complete).toBe(true);
	});
});

describe('completionCode', () => {
	const done = checklist(record, assignment.x, {}, rulesOf(assignment));

	it('makes a code the trainer’s review reads back: the name as typed and every result with its day', () => {
		const made = completionCode(assignment, done, '  Giulia Rossi ', '2026-12-02');
		if (!made.ok) throw new Error(made.error);
		expect(made.name).toBe('Giulia Rossi');
		expect(decodeCompletion(made.code)).toEqual({
			ok: true,
			completion: {
				v: 2,
				a: 'abc123def',
				t: 'Week one',
				p: 80,
				m: 1,
				n: 'Giulia Rossi',
				r: [
					['m:agents/hold-done-right', null, '2026-11-20', '-', 0],
					['q:hold-done-right', 90, '2026-11-21', 'a', 1, ['pick-one']],
				],
			},
		});
	});

	it('dates an item done with no day on record today', () => {
		const list = { ...done, rows: done.rows.map(({ date: _, ...row }) => row) };
		const made = completionCode(assignment, list, 'Ana', '2026-12-02');
		expect(made.ok && decodeCompletion(made.code)).toMatchObject({
			completion: {
				r: [
					[expect.any(String), null, '2026-12-02', '-', 0],
					[expect.any(String), 90, '2026-12-02', 'a', 1, ['pick-one']],
				],
			},
		});
	});

	it('asks for a name, bounds it, and refuses while items are left', () => {
		expect(completionCode(assignment, done, '   ', '2026-12-02')).toEqual({ ok: false, error: 'need-name' });
		const long = completionCode(assignment, done, 'n'.repeat(200), '2026-12-02');
		expect(long.ok && long.name.length).toBe(MAX_NAME);
		expect(completionCode(assignment, checklist(emptyRecord(), assignment.x, {}, rulesOf(assignment)), 'Ana', '2026-12-02')).toEqual({
			ok: false,
			error: 'incomplete',
		});
	});
});

describe('withLearnerName', () => {
	it('keeps the name on the received assignment only', () => {
		const received = {
			...record,
			assignments: { abc123def: { fragment: 'a=x', title: 'Week one', received: '2026-11-19T09:00:00.000Z' } },
		};
		expect(withLearnerName(received, 'abc123def', 'Ana').assignments.abc123def?.name).toBe('Ana');
		expect(withLearnerName(received, 'other12345', 'Ana')).toBe(received);
	});
});

describe('dates and link errors', () => {
	it('works in calendar days: a due day is on time until it has passed', () => {
		expect(dayOf(new Date('2026-12-02T23:30:00Z'))).toBe('2026-12-02');
		expect(isOverdue('2026-12-01', '2026-12-02')).toBe(true);
		expect(isOverdue('2026-12-02', '2026-12-02')).toBe(false);
	});

	it('has a message for every kind of bad link', () => {
		for (const key of Object.values(linkErrorKeys)) expect(catalogues.en.assignment[key]).toBeTruthy();
	});
});
