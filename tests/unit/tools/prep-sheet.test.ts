import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkRecord, emptyRecord, PREP_SHEET_LIMITS } from '../../../src/lib/progress/schema.ts';
import {
	debounce,
	editsOf,
	emptyFields,
	fieldOfControl,
	followSheet,
	isBlank,
	PREP_FIELDS,
	readSheet,
	saveSheet,
} from '../../../src/lib/tools/prep-sheet.ts';

const date = '2026-11-22T10:00:00.000Z';
const filled = {
	company: 'Lumen Telecom',
	account: 'LT-4471-002',
	problem: 'The internet drops every evening. It started on 3 November.',
	tried: 'Restarted the router; called twice (refs 88121, 88340).',
	want: 'A technician visit, and a credit for the days without service.',
	callback: 'Weekdays after 5 pm',
};

describe('prep sheet', () => {
	it('has a limit for every field', () => {
		expect(Object.keys(PREP_SHEET_LIMITS).sort()).toEqual([...PREP_FIELDS].sort());
	});

	it('reads empty fields from a record without a sheet', () => {
		expect(readSheet(emptyRecord())).toEqual(emptyFields());
		expect(isBlank(emptyFields())).toBe(true);
	});

	it('saves and reads back every field, with the time of the change, in a valid record', () => {
		const record = saveSheet(emptyRecord(), filled, date);
		const times = Object.fromEntries(PREP_FIELDS.map((field) => [field, date]));
		expect(record.prepSheet).toEqual({ ...filled, updated: date, times });
		expect(readSheet(record)).toEqual(filled);
		expect(checkRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
	});

	it('cuts text to the stored bounds, so a pasted essay cannot break the record', () => {
		const long = Object.fromEntries(PREP_FIELDS.map((field) => [field, 'é'.repeat(5000)])) as typeof filled;
		const record = saveSheet(emptyRecord(), long, date);
		for (const field of PREP_FIELDS) expect(record.prepSheet?.[field]).toHaveLength(PREP_SHEET_LIMITS[field]);
		expect(() => checkRecord(record)).not.toThrow();
	});

	it('saves only the fields typed in, each with its own time, keeping the others and theirs', () => {
		const first = saveSheet(emptyRecord(), { company: 'Lumen Telecom' }, date);
		const later = '2026-11-22T10:05:00.000Z';
		const second = saveSheet(first, { problem: 'No line' }, later);
		expect(second.prepSheet).toMatchObject({
			company: 'Lumen Telecom',
			problem: 'No line',
			updated: later,
			times: { company: date, problem: later },
		});
		expect(second.prepSheet?.times?.account).toBeUndefined();
	});

	it('clearing saves every field blank with its time (so the clearing reaches other tabs), and keeps the rest of the record', () => {
		const withSheet = { ...saveSheet(emptyRecord(), filled, date), modulesRead: { 'callers/before-you-dial': date } };
		const cleared = saveSheet(withSheet, { ...emptyFields(), company: '   ' }, date);
		expect(isBlank(readSheet(cleared))).toBe(true);
		expect(cleared.modulesRead).toEqual(withSheet.modulesRead);
	});

	it('does not change the record it is given', () => {
		const record = emptyRecord();
		saveSheet(record, filled, date);
		expect(record).toEqual(emptyRecord());
	});
});

describe('the form beside another tab', () => {
	it('saves only the fields typed in since the last save', () => {
		expect(fieldOfControl('prep-company')).toBe('company');
		expect(fieldOfControl('prep-clear')).toBeUndefined();
		expect(editsOf(filled, ['company', 'want'])).toEqual({ company: filled.company, want: filled.want });
	});

	it("shows another tab's saved text, except in a field with unsaved typing", () => {
		const form = { ...emptyFields(), company: 'Lumen (typing…)' };
		const saved = { ...emptyFields(), company: 'Lumen Telecom', problem: 'No line' };
		expect(followSheet(form, saved, ['company'])).toEqual({ ...saved, company: 'Lumen (typing…)' });
		expect(followSheet(saved, saved, [])).toBe(saved);
	});
});

describe('debounce', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs once, after typing pauses', () => {
		const action = vi.fn();
		const save = debounce(action, 500);
		save();
		vi.advanceTimersByTime(400);
		save();
		vi.advanceTimersByTime(400);
		expect(action).not.toHaveBeenCalled();
		vi.advanceTimersByTime(100);
		expect(action).toHaveBeenCalledTimes(1);
	});

	it('flushes a pending call at once, and only a pending one', () => {
		const action = vi.fn();
		const save = debounce(action, 500);
		save.flush();
		expect(action).not.toHaveBeenCalled();
		save();
		save.flush();
		expect(action).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(1000);
		expect(action).toHaveBeenCalledTimes(1);
	});

	it('cancels a pending call', () => {
		const action = vi.fn();
		const save = debounce(action, 500);
		save();
		save.cancel();
		vi.advanceTimersByTime(1000);
		save.flush();
		expect(action).not.toHaveBeenCalled();
	});
});
