import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../src/lib/assignment/checklist.ts';
import { encodeCompletion } from '../../../src/lib/assignment/code.ts';
import { completionCode } from '../../../src/lib/assignment/completion.ts';
import { passed, reviewCodes, rowVerdict } from '../../../src/lib/assignment/review.ts';
import type { Assignment, Completion } from '../../../src/lib/assignment/schema.ts';
import { rulesOf } from '../../../src/lib/assignment/status.ts';
import { markModuleRead } from '../../../src/lib/progress/module-read.ts';
import { markAnswersShown, recordQuizResult } from '../../../src/lib/progress/results.ts';
import { recordRoleplayResult } from '../../../src/lib/progress/roleplay-results.ts';
import { emptyRecord, type ProgressRecord } from '../../../src/lib/progress/schema.ts';

const date = '2026-11-21T09:00:00.000Z';
const PATHS = {
	'p:short': ['m:agents/hold-done-right', 'q:hold-done-right'],
	'p:long': ['m:agents/register', 'q:spot-the-bzzzt', 'r:cold-call'],
};
const KEYS = ['m:agents/hold-done-right', 'm:agents/register', 'q:hold-done-right', 'q:spot-the-bzzzt', 'r:cold-call', 'p:short', 'p:long'];

/** What a learner did with one quiz or role-play: answers shown, attempts in either mode. */
type Event = { kind: 'reveal' } | { kind: 'finish'; score: number; mode: 'practice' | 'assessment' };
const finish = fc.record({
	kind: fc.constant('finish' as const),
	score: fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
	mode: fc.constantFrom('practice' as const, 'assessment' as const),
});
const event: fc.Arbitrary<Event> = fc.oneof(fc.constant({ kind: 'reveal' as const }), finish);
// At least one finished attempt, so every item is done and a code can be made.
const history = fc.tuple(fc.array(event, { maxLength: 4 }), finish).map(([events, last]) => [...events, last]);

function play(record: ProgressRecord, key: string, events: Event[]): ProgressRecord {
	const id = key.slice(2);
	let next = record;
	for (const e of events) {
		if (key.startsWith('q:')) {
			next =
				e.kind === 'reveal'
					? markAnswersShown(next, id)
					: recordQuizResult(next, id, { score: e.score, passed: e.score >= 0.7, date, mode: e.mode, missed: ['pick-one'] });
		} else if (e.kind === 'finish') {
			const path = ['start.calm', '!hold.blame'];
			next = recordRoleplayResult(next, id, {
				shares: { courtesy: e.score },
				overall: e.score,
				outcome: 'resolved',
				mode: e.mode,
				date,
				path,
			});
		}
	}
	return next;
}

const learner = fc.record({
	items: fc.subarray(KEYS, { minLength: 1 }),
	passMark: fc.integer({ min: 0, max: 100 }),
	required: fc.boolean(),
	quizOne: history,
	quizTwo: history,
	call: history,
});

describe('the trainer’s table and the learner’s pages give the same verdict', () => {
	it('for every item of any finished assignment (fast-check)', () => {
		fc.assert(
			fc.property(learner, ({ items, passMark, required, quizOne, quizTwo, call }) => {
				let record = markModuleRead(markModuleRead(emptyRecord(), 'agents/hold-done-right', date), 'agents/register', date);
				record = play(record, 'q:hold-done-right', quizOne);
				record = play(record, 'q:spot-the-bzzzt', quizTwo);
				record = play(record, 'r:cold-call', call);
				const assignment: Assignment = { v: 1, i: 'abc123def', t: 'Week one', p: passMark, ...(required ? { m: 1 } : {}), x: items };
				const rules = rulesOf(assignment);
				const list = checklist(record, assignment.x, PATHS, rules);
				expect(list.complete).toBe(true);

				const made = completionCode(assignment, list, 'Giulia Rossi', '2026-12-02');
				if (!made.ok) throw new Error(made.error);
				const review = reviewCodes(made.code);
				expect(review.summary).toMatchObject({ read: 1, invalid: 0, incomplete: 0 });
				const [row] = review.rows;
				if (!row) throw new Error('no row');
				expect(row.rules).toEqual(rules);
				for (const learnerRow of list.rows) {
					expect(rowVerdict(row, learnerRow.key), learnerRow.key).toBe(learnerRow.verdict);
					// A path has no score: the code says null when every step passed, 0 when one did not.
					const score = learnerRow.key.startsWith('p:') ? (learnerRow.verdict === 'passed' ? null : 0) : learnerRow.score;
					expect(row.results[learnerRow.key]?.score, learnerRow.key).toBe(score);
					expect(row.results[learnerRow.key]?.mode, learnerRow.key).toBe(learnerRow.mode);
					expect(row.results[learnerRow.key]?.attempt, learnerRow.key).toBe(learnerRow.attempt);
				}
				expect(passed(row)).toBe(list.passed);
			}),
			{ numRuns: 500 },
		);
	});

	it('a path with a step not passed is not passed on both sides; with every step passed, passed on both', () => {
		let record = markModuleRead(emptyRecord(), 'agents/hold-done-right', date);
		record = play(record, 'q:hold-done-right', [{ kind: 'finish', score: 0.5, mode: 'assessment' }]);
		for (const [passMark, verdict] of [
			[80, 'not-passed'],
			[50, 'passed'],
		] as const) {
			const assignment: Assignment = { v: 1, i: 'abc123def', t: 'Week one', p: passMark, x: ['p:short'] };
			const list = checklist(record, assignment.x, PATHS, rulesOf(assignment));
			const made = completionCode(assignment, list, 'Ana', '2026-12-02');
			if (!made.ok) throw new Error(made.error);
			const row = reviewCodes(made.code).rows[0]!;
			expect([list.rows[0]?.verdict, rowVerdict(row, 'p:short')]).toEqual([verdict, verdict]);
			expect([list.passed, passed(row)]).toEqual([verdict === 'passed', verdict === 'passed']);
		}
	});

	it('the issue’s scenario: 27 % in assessment, 100 % on the retry', () => {
		let record = markModuleRead(emptyRecord(), 'agents/hold-done-right', date);
		record = play(record, 'q:hold-done-right', [
			{ kind: 'finish', score: 0.27, mode: 'assessment' },
			{ kind: 'finish', score: 1, mode: 'assessment' },
		]);
		for (const [required, verdict, score, mode] of [
			[true, 'not-passed', 27, 'assessment'],
			[false, 'passed', 100, 'practice'],
		] as const) {
			const assignment: Assignment = {
				v: 1,
				i: 'abc123def',
				t: 'Week one',
				p: 80,
				...(required ? { m: 1 } : {}),
				x: ['q:hold-done-right'],
			};
			const list = checklist(record, assignment.x, {}, rulesOf(assignment));
			const made = completionCode(assignment, list, 'Ana', '2026-12-02');
			if (!made.ok) throw new Error(made.error);
			const row = reviewCodes(made.code).rows[0]!;
			expect(list.rows[0]).toMatchObject({ verdict, score, mode });
			expect(rowVerdict(row, 'q:hold-done-right')).toBe(verdict);
			expect(row.results['q:hold-done-right']).toMatchObject({ score, mode, detail: ['pick-one'] });
			expect(passed(row)).toBe(!required);
		}
	});
});

describe('reviewCodes', () => {
	const base: Completion = {
		v: 2,
		a: 'abcdefg',
		t: 'Week one',
		p: 80,
		n: '1x',
		r: [['q:hold-done-right', 90, '2026-11-21', 'a', 1, ['pick-one']]],
	};

	it('keeps apart learners whose assignment id and name would collide if joined', () => {
		const codes = [encodeCompletion(base), encodeCompletion({ ...base, a: 'abcdefg1', n: 'x' })].join('\n');
		let review: ReturnType<typeof reviewCodes> | undefined;
		expect(() => (review = reviewCodes(codes))).not.toThrow();
		expect(review!.rows.map((row) => [row.assignment, row.name])).toEqual([
			['abcdefg', '1x'],
			['abcdefg1', 'x'],
		]);
		expect(review!.merged).toBe(0);
		// The key the results table's rows are keyed by (a Svelte {#each} throws on a repeated key).
		expect(review!.rows.map((row) => row.key)).toEqual(['["abcdefg","1x"]', '["abcdefg1","x"]']);
	});

	it('gives every row its own key, for any ids and names (fast-check)', () => {
		const learner = fc.record({
			a: fc.constantFrom('abcdefg', 'abcdefg1', 'abcdefg12', '1abcdefg'),
			n: fc
				.string({ unit: fc.constantFrom('1', 'x', 'X', '\u0000', '"', ',', '[', ']', ' '), minLength: 1, maxLength: 6 })
				.filter((name) => name.trim() === name && name !== ''),
		});
		fc.assert(
			fc.property(fc.array(learner, { minLength: 1, maxLength: 12 }), (learners) => {
				const review = reviewCodes(learners.map((l) => encodeCompletion({ ...base, ...l })).join('\n'));
				const keys = review.rows.map((row) => row.key);
				expect(new Set(keys).size).toBe(keys.length);
				// One row per assignment and name (any case), and a key that says which.
				const pairs = new Set(learners.map((l) => JSON.stringify([l.a, l.n.toLocaleLowerCase()])));
				expect(new Set(keys)).toEqual(pairs);
				expect(review.merged).toBe(learners.length - pairs.size);
			}),
		);
	});

	it('merges the same learner (name in any case) on the same assignment, keeping each item’s latest result', () => {
		const later: Completion = { ...base, n: '1X', r: [['q:hold-done-right', 60, '2026-11-25', 'p', 2]] };
		const review = reviewCodes([encodeCompletion(base), encodeCompletion(later)].join('\n'));
		expect(review.merged).toBe(1);
		expect(review.rows).toHaveLength(1);
		expect(review.rows[0]?.results['q:hold-done-right']).toEqual({ score: 60, date: '2026-11-25', mode: 'practice', attempt: 2 });
		expect(review.rows[0]?.latest).toBe('2026-11-25');
	});

	it('reads the rules, modes, attempts and detail each code carries', () => {
		const review = reviewCodes(encodeCompletion({ ...base, m: 1 }));
		expect(review.rows[0]).toMatchObject({
			rules: { passMark: 80, assessment: true },
			results: { 'q:hold-done-right': { score: 90, date: '2026-11-21', mode: 'assessment', attempt: 1, detail: ['pick-one'] } },
		});
		expect(rowVerdict(review.rows[0]!, 'q:hold-done-right')).toBe('passed');
		expect(rowVerdict(review.rows[0]!, 'q:missing')).toBe('not-started');
	});
});
