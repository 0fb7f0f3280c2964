import { describe, expect, it } from 'vitest';
import { itemStatus } from '../../../src/lib/assignment/status.ts';
import { emptyRecord } from '../../../src/lib/progress/schema.ts';

const date = '2026-11-20T09:00:00.000Z';
const later = '2026-11-21T09:00:00.000Z';
const record = {
	...emptyRecord(),
	modulesRead: { 'agents/hold-done-right': date },
	quizzes: { 'hold-done-right': { best: { score: 0.86, passed: true, date: later }, attempts: 1 } },
};

describe('itemStatus', () => {
	it('reads a module as done once read, with no score', () => {
		expect(itemStatus(record, 'm:agents/hold-done-right')).toEqual({ done: true, score: null, date: '2026-11-20' });
		expect(itemStatus(record, 'm:agents/register')).toEqual({ done: false, score: null });
	});

	it('reports a quiz’s best score in percent', () => {
		expect(itemStatus(record, 'q:hold-done-right')).toEqual({ done: true, score: 86, date: '2026-11-21' });
	});

	it('counts a path done only when every step is, dated by its last step', () => {
		const paths = { 'p:short': ['m:agents/hold-done-right', 'q:hold-done-right'], 'p:long': ['m:agents/hold-done-right', 'r:cold-call'] };
		expect(itemStatus(record, 'p:short', paths)).toEqual({ done: true, score: null, date: '2026-11-21' });
		expect(itemStatus(record, 'p:long', paths)).toEqual({ done: false, score: null });
		expect(itemStatus(record, 'p:unknown', paths).done).toBe(false);
	});
});
