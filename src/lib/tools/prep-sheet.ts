/**
 * The call-prep sheet: the caller's notes before a support call, kept in the progress record on
 * the device and saved as they type (debounced). Pure functions plus a small debouncer.
 */
import { fieldDate, sheetWithDates } from '../progress/merge.ts';
import { PREP_SHEET_LIMITS, type ProgressRecord } from '../progress/schema.ts';

/** The sheet's fields, in the order the form and the printed sheet show them. */
export const PREP_FIELDS = ['company', 'account', 'problem', 'tried', 'want', 'callback'] as const;
export type PrepField = (typeof PREP_FIELDS)[number];
export type PrepFields = Record<PrepField, string>;

/** Fields that take a few lines (a textarea) rather than one. */
export const LONG_FIELDS: ReadonlySet<PrepField> = new Set(['problem', 'tried', 'want']);

export const emptyFields = (): PrepFields => ({ company: '', account: '', problem: '', tried: '', want: '', callback: '' });

/** The sheet's fields from the record (empty when there is no sheet yet). */
export function readSheet(record: ProgressRecord): PrepFields {
	const sheet = record.prepSheet;
	const fields = emptyFields();
	if (sheet) for (const field of PREP_FIELDS) fields[field] = sheet[field];
	return fields;
}

/** Whether every field is blank. */
export const isBlank = (fields: PrepFields) => PREP_FIELDS.every((field) => fields[field].trim() === '');

/**
 * The record with the fields in `edits` saved at `date`; the other fields keep their text and
 * their own dates, so a field another tab changed is never overwritten by this one's older copy
 * (`merge.ts` merges sheets field by field). Text is cut to the stored bounds (the form's
 * `maxlength` keeps typing within them; pasted or scripted text may not be). Clearing the form
 * saves every field blank, with its date, so the clearing reaches other tabs too.
 */
export function saveSheet(record: ProgressRecord, edits: Partial<PrepFields>, date: string): ProgressRecord {
	const previous = record.prepSheet;
	const fields = readSheet(record);
	const dates: Partial<Record<PrepField, string>> = {};
	for (const field of PREP_FIELDS) {
		const text = edits[field];
		if (text === undefined) {
			if (previous) dates[field] = fieldDate(previous, field);
			continue;
		}
		fields[field] = text.slice(0, PREP_SHEET_LIMITS[field]);
		dates[field] = date;
	}
	return { ...record, prepSheet: sheetWithDates(fields, date, dates) };
}

/** The field a form control edits, from its id (`prep-<field>`); none for anything else. */
export function fieldOfControl(id: string): PrepField | undefined {
	const field = id.replace(/^prep-/, '');
	return (PREP_FIELDS as readonly string[]).includes(field) ? (field as PrepField) : undefined;
}

/** The fields typed in since the last save: all a save writes, so it never overwrites another tab's newer text. */
export function editsOf(form: PrepFields, typed: readonly PrepField[]): Partial<PrepFields> {
	return Object.fromEntries(PREP_FIELDS.filter((field) => typed.includes(field)).map((field) => [field, form[field]]));
}

/**
 * What the form shows once the saved sheet changed (another tab saved): the saved text, except in
 * fields with typing not yet saved, which keep it. The same object when nothing changes.
 */
export function followSheet(form: PrepFields, saved: PrepFields, typed: readonly PrepField[]): PrepFields {
	const changed = PREP_FIELDS.filter((field) => !typed.includes(field) && form[field] !== saved[field]);
	if (changed.length === 0) return form;
	const next = { ...form };
	for (const field of changed) next[field] = saved[field];
	return next;
}

/** A function that runs `action` once typing pauses for `ms`, and can be run at once (`flush`). */
export interface Debounced {
	(): void;
	/** Runs a pending call now (before the page goes away); does nothing when none is pending. */
	flush(): void;
	/** Drops a pending call. */
	cancel(): void;
}

export function debounce(action: () => void, ms: number): Debounced {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = () => {
		timer = undefined;
		action();
	};
	const debounced = (() => {
		if (timer !== undefined) clearTimeout(timer);
		timer = setTimeout(run, ms);
	}) as Debounced;
	debounced.flush = () => {
		if (timer === undefined) return;
		clearTimeout(timer);
		run();
	};
	debounced.cancel = () => {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
	};
	return debounced;
}
