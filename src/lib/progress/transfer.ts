import type { ProgressRecord } from './schema.ts';
import { parseStored } from './store.ts';

/** What an import would change, so the learner can decide before anything is replaced. */
export interface ImportPreview {
	record: ProgressRecord;
	modulesRead: number;
	quizzes: number;
	roleplays: number;
	assignments: number;
}

/** The record as a downloadable file's text. */
export function exportText(record: ProgressRecord): string {
	return `${JSON.stringify(record, null, 2)}\n`;
}

/** Reads an exported file (validated like stored data); says why when it cannot. */
export function previewImport(text: string): { ok: true; preview: ImportPreview } | { ok: false; reason: string } {
	const parsed = parseStored(text.trim());
	if (!parsed.ok) return { ok: false, reason: parsed.reason };
	const { record } = parsed;
	return {
		ok: true,
		preview: {
			record,
			modulesRead: Object.keys(record.modulesRead).length,
			quizzes: Object.keys(record.quizzes).length,
			roleplays: Object.keys(record.roleplays).length,
			assignments: Object.keys(record.assignments).length,
		},
	};
}
