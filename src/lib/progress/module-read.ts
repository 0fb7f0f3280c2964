/** A module read, in the progress record: a file of its own, since every module page loads it at once and nothing else. */
import type { ProgressRecord } from './schema.ts';

/** Marks a module (`<track>/<slug>`) as read, keeping the first date. */
export function markModuleRead(record: ProgressRecord, moduleKey: string, date: string): ProgressRecord {
	if (record.modulesRead[moduleKey]) return record;
	return { ...record, modulesRead: { ...record.modulesRead, [moduleKey]: date } };
}
