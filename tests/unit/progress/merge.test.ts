import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactRecord, MAX_ASSIGNMENTS } from '../../../src/lib/progress/compact.ts';
import { mergeRecords } from '../../../src/lib/progress/merge.ts';
import { receiveAssignment, recordQuizResult, saveQuizAttempt } from '../../../src/lib/progress/results.ts';
import { checkRecord, emptyRecord, type ProgressRecord } from '../../../src/lib/progress/schema.ts';
import { MAX_STORED_CHARS } from '../../../src/lib/progress/store.ts';
import { saveSheet } from '../../../src/lib/tools/prep-sheet.ts';
import { apply, deleteCheckIns, expectedFrom, missing, moment, updateArbitrary } from './updates.ts';

/** The same JSON whatever order a map's keys were added in. */
const canonical = (value: unknown): unknown =>
	Array.isArray(value)
		? value.map(canonical)
		: value && typeof value === 'object'
			? Object.fromEntries(
					Object.entries(value)
						.sort(([a], [b]) => (a < b ? -1 : 1))
						.map(([key, field]) => [key, canonical(field)]),
				)
			: value;
const same = (a: ProgressRecord, b: ProgressRecord) => expect(canonical(checkRecord(a))).toEqual(canonical(checkRecord(b)));

/** A record made by one tab from random updates (numbered from `from`), sometimes deleting its check-ins. */
const recordArbitrary = (from: number) =>
	fc
		.array(fc.oneof(updateArbitrary, fc.constant('delete-check-ins' as const)), { maxLength: 12 })
		.map((updates) =>
			updates.reduce<ProgressRecord>(
				(record, update, i) => (update === 'delete-check-ins' ? deleteCheckIns(record, from + i) : apply(record, update, from + i)),
				emptyRecord(),
			),
		);

describe('mergeRecords', () => {
	it('is a join: commutative, associative and idempotent, so tabs merging in any order agree', () => {
		fc.assert(
			fc.property(recordArbitrary(0), recordArbitrary(100), recordArbitrary(200), (a, b, c) => {
				same(mergeRecords(a, b), mergeRecords(b, a));
				same(mergeRecords(mergeRecords(a, b), c), mergeRecords(a, mergeRecords(b, c)));
				same(mergeRecords(a, a), a);
				same(mergeRecords(mergeRecords(a, b), b), mergeRecords(a, b));
			}),
			{ numRuns: 300 },
		);
	});

	it('keeps every update either side made', () => {
		fc.assert(
			fc.property(
				fc.array(updateArbitrary, { maxLength: 20 }),
				fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
				(updates, sides) => {
					let left = emptyRecord();
					let right = emptyRecord();
					updates.forEach((update, n) => {
						if (sides[n]) left = apply(left, update, n);
						else right = apply(right, update, n);
					});
					expect(missing(mergeRecords(left, right), expectedFrom(updates.map((update, n) => ({ update, n }))))).toEqual([]);
				},
			),
		);
	});

	it('two tabs editing different fields of the call-prep sheet keep both; the same field keeps the later text', () => {
		const base = saveSheet(emptyRecord(), { company: 'Telco' }, moment(1));
		const a = saveSheet(base, { company: 'Telco Ltd' }, moment(2));
		const b = saveSheet(base, { problem: 'Line down since Monday' }, moment(3));
		expect(mergeRecords(a, b).prepSheet).toMatchObject({ company: 'Telco Ltd', problem: 'Line down since Monday', updated: moment(3) });
		const later = saveSheet(base, { company: 'Telco plc' }, moment(4));
		expect(mergeRecords(a, later).prepSheet?.company).toBe('Telco plc');
		// Clearing the sheet is a change like any other: the blank fields are newer.
		const cleared = saveSheet(a, { company: '', account: '', problem: '', tried: '', want: '', callback: '' }, moment(5));
		expect(mergeRecords(b, cleared).prepSheet).toMatchObject({ company: '', problem: '' });
	});

	it('the counted quiz attempt is the earliest, the best the highest, the last the latest; a finished attempt closes one in progress', () => {
		const started = saveQuizAttempt(emptyRecord(), 'q', { seed: 7, answers: {} });
		const first = recordQuizResult(emptyRecord(), 'q', { score: 0.4, passed: false, date: moment(1), mode: 'assessment' });
		const second = recordQuizResult(emptyRecord(), 'q', { score: 0.9, passed: true, date: moment(2), mode: 'assessment' });
		const merged = mergeRecords(first, second).quizzes.q;
		expect(merged).toMatchObject({ assessment: { score: 0.4 }, best: { score: 0.9 }, last: { date: moment(2) }, attempts: 1 });
		expect(mergeRecords(started, first).quizzes.q?.current).toBeUndefined();
	});

	it('a later epoch (Delete everything, an import) wins whole', () => {
		const old = apply(emptyRecord(), { kind: 'module', id: 1 }, 1);
		const fresh = { ...emptyRecord(), epoch: `${moment(2)}~abc` };
		expect(mergeRecords(old, fresh)).toBe(fresh);
		expect(mergeRecords(fresh, old)).toBe(fresh);
	});
});

describe('compactRecord', () => {
	it('keeps the 50 assignments received last; 1,000 maximum-length links stay far below the stored limit', () => {
		let record = emptyRecord();
		const fragment = `a=${'x'.repeat(4094)}`;
		for (let n = 0; n < 1000; n++) {
			record = compactRecord(
				receiveAssignment(
					record,
					{ id: `a${n}`, fragment, title: 'T'.repeat(80), items: Array.from({ length: 60 }, (_, i) => `m:agents/module-${i}`) },
					moment(n),
				),
			);
			expect(Object.keys(record.assignments).length).toBeLessThanOrEqual(MAX_ASSIGNMENTS);
		}
		expect(Object.keys(record.assignments).sort()).toEqual(Array.from({ length: MAX_ASSIGNMENTS }, (_, i) => `a${950 + i}`).sort());
		expect(JSON.stringify(checkRecord(record)).length).toBeLessThan(MAX_STORED_CHARS / 5);
	});

	it('leaves a record within the rule as it is', () => {
		const record = apply(apply(emptyRecord(), { kind: 'assignment', id: 1 }, 1), { kind: 'check-in' }, 2);
		expect(compactRecord(record)).toBe(record);
	});
});
