import { describe, expect, it } from 'vitest';
import { CHECK_IN_LIMITS, checkRecord, emptyRecord, PREP_SHEET_LIMITS } from '../../../src/lib/progress/schema.ts';
import { parseStored } from '../../../src/lib/progress/store.ts';

const date = '2026-11-22T10:00:00.000Z';
const sheet = { company: 'A', account: '1', problem: 'p', tried: 't', want: 'w', callback: 'c', updated: date };
const checkIn = { date, weight: 3, good: ['a', '', 'c'], note: 'n' };
const withTools = (extra: Record<string, unknown>) => ({ ...emptyRecord(), ...extra });
const accepts = (data: unknown) => parseStored(JSON.stringify(data)).ok;

describe('the progress record with the tools’ data', () => {
	it('stays valid without them: older records still load', () => {
		const old = { version: 1, quizzes: {}, roleplays: {}, modulesRead: {}, assignments: {} };
		expect(checkRecord(old)).toEqual({ ...old, version: 2 });
		expect(checkRecord(old).checkIns).toBeUndefined();
		expect(checkRecord(old).prepSheet).toBeUndefined();
	});

	it('keeps a prep sheet and check-ins', () => {
		const record = withTools({ prepSheet: sheet, checkIns: [checkIn, { date, weight: 1, good: ['', '', ''] }] });
		expect(checkRecord(record)).toEqual(record);
	});

	it('rejects a prep sheet with a missing field, a field too long, or a bad date', () => {
		const { want: _missing, ...incomplete } = sheet;
		expect(accepts(withTools({ prepSheet: incomplete }))).toBe(false);
		expect(accepts(withTools({ prepSheet: { ...sheet, problem: 'x'.repeat(PREP_SHEET_LIMITS.problem + 1) } }))).toBe(false);
		expect(accepts(withTools({ prepSheet: { ...sheet, company: 42 } }))).toBe(false);
		expect(accepts(withTools({ prepSheet: { ...sheet, updated: 'yesterday' } }))).toBe(false);
		expect(accepts(withTools({ prepSheet: 'sheet' }))).toBe(false);
	});

	it('rejects check-ins that are not a list, or hold a bad entry', () => {
		expect(accepts(withTools({ checkIns: { 0: checkIn } }))).toBe(false);
		for (const bad of [
			{ ...checkIn, weight: 0 },
			{ ...checkIn, weight: 6 },
			{ ...checkIn, weight: 2.5 },
			{ ...checkIn, good: ['a', 'b'] },
			{ ...checkIn, good: ['a', 'b', 'c', 'd'] },
			{ ...checkIn, good: ['a', 'b', 3] },
			{ ...checkIn, good: ['x'.repeat(CHECK_IN_LIMITS.good + 1), '', ''] },
			{ ...checkIn, note: 'x'.repeat(CHECK_IN_LIMITS.note + 1) },
			{ ...checkIn, date: 'today' },
			null,
		]) {
			expect(accepts(withTools({ checkIns: [checkIn, bad] })), JSON.stringify(bad)?.slice(0, 80)).toBe(false);
		}
	});

	it('says where a bad check-in is', () => {
		expect(() => checkRecord(withTools({ checkIns: [checkIn, { ...checkIn, good: ['a', 7, 'c'] }] }))).toThrow(
			'progress.checkIns.1.good.1',
		);
	});

	it(`keeps at most ${CHECK_IN_LIMITS.count} check-ins`, () => {
		const list = (n: number) => Array.from({ length: n }, () => ({ date, weight: 2, good: ['', '', ''] }));
		expect(accepts(withTools({ checkIns: list(CHECK_IN_LIMITS.count) }))).toBe(true);
		expect(accepts(withTools({ checkIns: list(CHECK_IN_LIMITS.count + 1) }))).toBe(false);
	});

	it('drops fields it does not know', () => {
		const record = checkRecord(withTools({ checkIns: [{ ...checkIn, mood: 'x' }], prepSheet: { ...sheet, extra: 1 } }));
		expect(record.checkIns?.[0]).toEqual(checkIn);
		expect(record.prepSheet).toEqual(sheet);
	});
});
