import { describe, expect, it } from 'vitest';
import { buildAssignment, type BuilderForm } from '../../../src/lib/assignment/builder.ts';
import { checklist } from '../../../src/lib/assignment/checklist.ts';
import { decodeCompletion } from '../../../src/lib/assignment/code.ts';
import { completionCode } from '../../../src/lib/assignment/completion.ts';
import { decodeAssignment } from '../../../src/lib/assignment/link.ts';
import { hasReview, resultsCsv } from '../../../src/lib/assignment/results-table.ts';
import { reviewCodes } from '../../../src/lib/assignment/review.ts';
import { reviewDaysSince } from '../../../src/lib/assignment/review-days.ts';
import { MAX_REVIEW_DAYS, type Assignment } from '../../../src/lib/assignment/schema.ts';
import { emptyRecord, type ProgressRecord } from '../../../src/lib/progress/schema.ts';

const form: BuilderForm = { title: 'Week one', due: '', passMark: 80, assessment: false, note: '', selected: ['m:agents/hold-done-right'] };
const options = { order: ['m:agents/hold-done-right'], id: 'abc123def', landing: 'https://example.org/en/assignment/' };

describe('an assignment asking for spaced review', () => {
	it('carries the days asked in its link; empty or 0 asks for none; anything else is refused, naming the field', () => {
		const built = buildAssignment({ ...form, reviewDays: 5 }, options);
		if (!built.ok) throw new Error(built.errors[0]?.kind);
		const decoded = decodeAssignment(new URL(built.url).hash);
		expect(decoded.ok && decoded.assignment.s).toBe(5);
		for (const none of [null, 0, undefined]) {
			const plain = buildAssignment({ ...form, reviewDays: none }, options);
			expect(plain.ok && 's' in plain.assignment).toBe(false);
		}
		for (const bad of [-1, 2.5, MAX_REVIEW_DAYS + 1, Number.NaN]) {
			const refused = buildAssignment({ ...form, reviewDays: bad }, options);
			expect(refused.ok ? [] : refused.errors).toEqual([{ field: 'reviewDays', kind: 'bad-review-days' }]);
		}
	});

	it('counts the learner’s review days since they opened it, on their own calendar, and the streak', () => {
		const record: Pick<ProgressRecord, 'reviewDays' | 'cards'> = {
			reviewDays: ['2026-11-20', '2026-12-01', '2026-12-03', '2026-12-04'],
			cards: {},
		};
		// Opened at noon local time on 1 December: that day counts, 20 November does not.
		const opened = new Date(2026, 11, 1, 12).toISOString();
		expect(reviewDaysSince(record, opened, new Date(2026, 11, 4, 18))).toEqual({ days: 3, streak: 2, cards: 0 });
		expect(reviewDaysSince({}, opened, new Date(2026, 11, 4, 18))).toEqual({ days: 0, streak: 0, cards: 0 });
	});
});

describe('the completion code and the trainer’s table', () => {
	const assignment: Assignment = { v: 1, i: 'abc123def', t: 'Week one', p: 80, s: 5, x: ['m:agents/hold-done-right'] };
	const record: ProgressRecord = { ...emptyRecord(), modulesRead: { 'agents/hold-done-right': '2026-11-20T09:00:00.000Z' } };
	const list = checklist(record, assignment.x);
	const code = (days: number, streak: number, name = 'Ana') => {
		const made = completionCode(assignment, list, name, '2026-12-04', { days, streak, cards: 3 });
		if (!made.ok) throw new Error(made.error);
		return made.code;
	};

	it('carries the days asked, the days reviewed and the streak, only when the assignment asks', () => {
		expect(decodeCompletion(code(3, 2))).toMatchObject({ ok: true, completion: { s: [5, 3, 2] } });
		const plain = completionCode({ ...assignment, s: undefined }, list, 'Ana', '2026-12-04', { days: 3, streak: 2, cards: 3 });
		expect(plain.ok && decodeCompletion(plain.code)).not.toHaveProperty('completion.s');
	});

	it('shows each learner’s latest review beside their results (codes made later report more days), and in the CSV', () => {
		const review = reviewCodes([code(4, 4), code(1, 1), code(0, 0, 'Ben')].join('\n'));
		expect(review.rows.map((row) => [row.name, row.review])).toEqual([
			['Ana', { asked: 5, days: 4, streak: 4 }],
			['Ben', { asked: 5, days: 0, streak: 0 }],
		]);
		expect(hasReview(review.rows)).toBe(true);
		const labels = {
			learner: 'Learner',
			assignment: 'Assignment',
			result: 'Result',
			read: 'read',
			done: 'done',
			passed: 'passed',
			failed: 'not passed',
			title: (key: string) => key,
			attemptColumn: (key: string) => `${key} attempt`,
			attempt: () => '',
			reviewAskedColumn: 'Review days asked',
			reviewDaysColumn: 'Review days done',
			reviewStreakColumn: 'Review streak',
		};
		const lines = resultsCsv(review, review.rows, labels).replace('\uFEFF', '').trim().split('\r\n');
		expect(lines[0]).toBe(
			'"Learner","Assignment","m:agents/hold-done-right","Review days asked","Review days done","Review streak","Result"',
		);
		expect(lines[1]).toBe('"Ana","Week one","read",5,4,4,"passed"');
	});
});
