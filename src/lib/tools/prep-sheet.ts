/**
 * The call-prep sheet: the caller's notes before a support call, kept in the progress record on
 * the device and saved as they type (debounced). Pure functions plus a small debouncer.
 */
import { PREP_SHEET_LIMITS, type PrepSheet, type ProgressRecord } from '../progress/schema.ts';

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
 * The record with the sheet saved at `date`. Text is cut to the stored bounds (the form's
 * `maxlength` keeps typing within them; pasted or scripted text may not be). A blank sheet removes
 * the saved one, so clearing the form forgets it.
 */
export function saveSheet(record: ProgressRecord, fields: PrepFields, date: string): ProgressRecord {
	if (isBlank(fields)) {
		const { prepSheet: _forgotten, ...rest } = record;
		return rest;
	}
	const sheet = { updated: date } as PrepSheet;
	for (const field of PREP_FIELDS) sheet[field] = fields[field].slice(0, PREP_SHEET_LIMITS[field]);
	return { ...record, prepSheet: sheet };
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
