/**
 * The shift check-in: a private end-of-shift note kept in the progress record on the device.
 * Pure functions over the record; the island reads and writes it through the progress store.
 */
import { CHECK_IN_LIMITS, type CheckIn, type ProgressRecord } from '../progress/schema.ts';
import { MAX_STORED_CHARS } from '../progress/store.ts';
import { fill } from '../i18n/format.ts';

/** The five answers to "how heavy was today?", lightest first. */
export const WEIGHTS = [1, 2, 3, 4, 5] as const;

/** What the form holds before it becomes a check-in. */
export interface CheckInDraft {
	weight: number | null;
	good: [string, string, string];
	note: string;
}

export const emptyDraft = (): CheckInDraft => ({ weight: null, good: ['', '', ''], note: '' });

/** Why a check-in was not added. */
export type AddRefusal =
	/** No weight chosen: the one answer a check-in needs. */
	| 'no-weight'
	/** The device already keeps `CHECK_IN_LIMITS.count` check-ins. */
	| 'full'
	/** The record would grow past what the store reads back (`MAX_STORED_CHARS`). */
	| 'too-large';

const clean = (value: string, max: number) => value.trim().slice(0, max);

/** The check-in a draft becomes at `date`, trimmed to the stored bounds; `null` without a weight. */
export function checkInFrom(draft: CheckInDraft, date: string): CheckIn | null {
	const weight = draft.weight;
	if (weight === null || !(WEIGHTS as readonly number[]).includes(weight)) return null;
	const good = draft.good.map((text) => clean(text, CHECK_IN_LIMITS.good)) as CheckIn['good'];
	const note = clean(draft.note, CHECK_IN_LIMITS.note);
	return note ? { date, weight, good, note } : { date, weight, good };
}

/** The record's check-ins (missing means none). */
export const checkInsOf = (record: ProgressRecord): CheckIn[] => record.checkIns ?? [];

/**
 * Adds a check-in to the record. Refuses rather than drops anything: at the count limit, or when
 * the whole record would no longer fit the store, the learner is asked to export and delete first.
 */
export function addCheckIn(
	record: ProgressRecord,
	draft: CheckInDraft,
	date: string,
	maxChars = MAX_STORED_CHARS,
): { ok: true; record: ProgressRecord } | { ok: false; reason: AddRefusal } {
	const entry = checkInFrom(draft, date);
	if (!entry) return { ok: false, reason: 'no-weight' };
	const list = checkInsOf(record);
	if (list.length >= CHECK_IN_LIMITS.count) return { ok: false, reason: 'full' };
	const next = { ...record, checkIns: [...list, entry] };
	if (JSON.stringify(next).length > maxChars) return { ok: false, reason: 'too-large' };
	return { ok: true, record: next };
}

/** The check-ins, newest first (by date; the later saved first on a tie). */
export function newestFirst(list: readonly CheckIn[]): CheckIn[] {
	return list
		.map((entry, order) => ({ entry, order }))
		.sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.order - a.order)
		.map(({ entry }) => entry);
}

/**
 * The record without any check-in, remembering when they were deleted (`checkInsCleared`), so a
 * tab that still holds them cannot bring them back when the two merge.
 */
export function deleteAllCheckIns(record: ProgressRecord, date: string): ProgressRecord {
	const { checkIns: _dropped, ...rest } = record;
	return { ...rest, checkInsCleared: date };
}

/** The five weight words, lightest first, keyed by weight. */
export type WeightWords = Record<`${(typeof WEIGHTS)[number]}`, string>;

/** Labels of the exported file, in the learner's language; each template holds its punctuation. */
export interface CheckInExportLabels {
	/** First line; `{date}` is the export date. */
	title: string;
	/** A line saying where the file came from and that it is private. */
	privacy: string;
	/** `{weight}` (1–5) and `{word}`, e.g. "How heavy: 4/5 (Heavy)". */
	weight: string;
	weightWords: WeightWords;
	/** The line before the good things, e.g. "Good things:". */
	good: string;
	/** `{note}`, e.g. "Note: {note}". */
	note: string;
}

/** The weight word for `weight` (1–5); the number itself if it is out of range. */
export function weightWord(weight: number, words: WeightWords): string {
	return words[String(weight) as keyof WeightWords] ?? String(weight);
}

/**
 * All check-ins as a plain-text file, newest first: readable as it is, and by any program.
 * `formatDate` turns an ISO timestamp into the learner's local date and time.
 */
export function exportCheckIns(
	list: readonly CheckIn[],
	labels: CheckInExportLabels,
	formatDate: (iso: string) => string,
	now: string,
): string {
	const lines = [fill(labels.title, { date: formatDate(now) }), labels.privacy, ''];
	for (const entry of newestFirst(list)) {
		lines.push(formatDate(entry.date));
		lines.push(fill(labels.weight, { weight: entry.weight, word: weightWord(entry.weight, labels.weightWords) }));
		const good = entry.good.filter((text) => text !== '');
		if (good.length > 0) {
			lines.push(labels.good);
			for (const text of good) lines.push(`- ${oneLine(text)}`);
		}
		if (entry.note) lines.push(fill(labels.note, { note: oneLine(entry.note) }));
		lines.push('');
	}
	return `${lines.join('\n').trimEnd()}\n`;
}

/** Keeps an entry's line breaks from breaking the file's layout. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' / ');

/** A file name with the local date of `now`: `shift-check-ins-2026-11-22.txt`. */
export function exportFileName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `shift-check-ins-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.txt`;
}
