/**
 * The resume data a package leaves with its LMS (SCORM `cmi.suspend_data`, the cmi5 State API):
 * the part of the progress record about the package's items, so a learner who comes back on
 * another device, or after the browser was cleared, finds their progress. SCORM 1.2 keeps at
 * most 4,096 characters; what cannot fit is dropped least useful first.
 */
import { itemId, itemKind } from '../assignment/items.ts';
import { checkRecord, emptyRecord, type ProgressRecord } from '../progress/schema.ts';
import type { PackageItem } from './package-description.ts';

/** SCORM 1.2's limit on `cmi.suspend_data` (CMIString4096). */
export const RESUME_LIMIT = 4096;

/** Ways to make the data smaller, tried in order until it fits. */
const shrinkers: ((record: ProgressRecord) => ProgressRecord)[] = [
	// A quiz in progress can be answered again; finished results cannot.
	(record) => ({ ...record, quizzes: mapValues(record.quizzes, ({ current: _current, ...quiz }) => quiz) }),
	// Module checks are practice, never part of a result.
	({ checks: _checks, ...record }) => record,
	// The replies of calls other than the counted ones.
	(record) => ({ ...record, roleplays: mapValues(record.roleplays, ({ last, ...calls }) => ({ ...calls, last: { ...last, path: [] } })) }),
	(record) => ({
		...record,
		roleplays: mapValues(record.roleplays, (calls) => ({
			...calls,
			...(calls.practice ? { practice: { ...calls.practice, path: [] } } : {}),
			...(calls.assessment ? { assessment: { ...calls.assessment, path: [] } } : {}),
		})),
	}),
	// Which questions were missed on the last attempt (the best one keeps its own).
	(record) => ({ ...record, quizzes: mapValues(record.quizzes, ({ last: _last, ...quiz }) => quiz) }),
];

function mapValues<T, U>(object: Record<string, T>, change: (value: T) => U): Record<string, U> {
	return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, change(value)]));
}

const pick = <T>(object: Record<string, T>, keys: Set<string>) =>
	Object.fromEntries(Object.entries(object).filter(([key]) => keys.has(key)));

/** The package's part of the record, as text of at most `limit` characters (empty when nothing fits). */
export function resumeData(record: ProgressRecord, items: readonly Pick<PackageItem, 'key'>[], limit = RESUME_LIMIT): string {
	const ids = (kind: string) => new Set(items.filter(({ key }) => itemKind(key) === kind).map(({ key }) => itemId(key)));
	const modules = ids('module');
	let part: ProgressRecord = {
		...emptyRecord(),
		quizzes: pick(record.quizzes, ids('quiz')),
		roleplays: pick(record.roleplays, ids('roleplay')),
		modulesRead: pick(record.modulesRead, modules),
		...(record.checks
			? { checks: Object.fromEntries(Object.entries(record.checks).filter(([key]) => modules.has(key.split(':')[0] ?? ''))) }
			: {}),
		...(record.epoch ? { epoch: record.epoch } : {}),
	};
	let text = JSON.stringify(part);
	for (const shrink of shrinkers) {
		if (text.length <= limit) return text;
		part = shrink(part);
		text = JSON.stringify(part);
	}
	return text.length <= limit ? text : '';
}

/**
 * Resume data read back from the LMS, checked as the store checks any stored record: a value
 * that is not ours (another course's, damaged, too long) is ignored with the reason, never applied.
 */
export function readResumeData(text: string): { ok: true; record: ProgressRecord } | { ok: false; reason: string } {
	if (text === '') return { ok: false, reason: 'empty' };
	if (text.length > 64 * 1024) return { ok: false, reason: 'too long' };
	try {
		return { ok: true, record: checkRecord(JSON.parse(text)) };
	} catch (error) {
		return { ok: false, reason: (error as Error).message };
	}
}
