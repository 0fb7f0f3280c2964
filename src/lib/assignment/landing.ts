/**
 * What the learner's assignment page decides (src/components/assignment/AssignmentLanding.svelte
 * only renders it): what to keep when an assignment is received, which rows can no longer be
 * passed, how an unknown item is named, and the per-learner file name of the completion code.
 */
import { answersShown } from '../progress/results.ts';
import { assessmentOpen } from '../progress/roleplay-results.ts';
import type { ProgressRecord } from '../progress/schema.ts';
import type { ChecklistRow } from './checklist.ts';
import { itemId, itemKind, type ItemKind } from './items.ts';
import { fileSafe } from './file-name.ts';
import type { Assignment } from './schema.ts';
import type { PassRules } from './verdict.ts';

/**
 * What the progress record keeps of an assignment when its link is opened (`receiveAssignment`):
 * its rules, its items, and the steps of the learning paths among them, so item pages opened
 * from it can judge and count without the catalogue.
 */
export function receivedFrom(assignment: Assignment, fragment: string, catalogueSteps: Readonly<Record<string, readonly string[]>>) {
	const paths = Object.fromEntries(
		assignment.x.flatMap((key) => {
			const steps = catalogueSteps[key];
			return itemKind(key) === 'path' && steps ? [[key, [...steps]]] : [];
		}),
	);
	return {
		id: assignment.i,
		fragment,
		title: assignment.t,
		passMark: assignment.p,
		assessment: assignment.m === 1,
		items: [...assignment.x],
		paths,
	};
}

/**
 * Whether a row of an assignment requiring assessment can no longer be passed because only
 * practice results are left: the quiz's answers were shown, or a call of the role-play was
 * debriefed, before any assessment result was kept. (An assessment result below the pass mark is
 * final too, but the row already says "Not passed" with its score.)
 */
export function practiceOnly(record: ProgressRecord, row: Pick<ChecklistRow, 'key' | 'mode'>, rules: PassRules): boolean {
	if (!rules.assessment || row.mode === 'assessment') return false;
	const id = itemId(row.key);
	switch (itemKind(row.key)) {
		case 'quiz': {
			const quiz = record.quizzes[id];
			return !quiz?.assessment && answersShown(quiz);
		}
		case 'roleplay': {
			const calls = record.roleplays[id];
			return !calls?.assessment && !assessmentOpen(calls);
		}
		default:
			return false;
	}
}

/** How an item missing from the site is named: by its kind, with its key to quote to a trainer. */
export function unknownName(key: string, names: Readonly<Record<ItemKind, string>>): string {
	const kind = itemKind(key);
	return kind ? names[kind] : key;
}

/**
 * The completion file's name, per learner so a trainer's downloads do not overwrite each other:
 * `completion-<title>-<name>.txt`, in characters every system accepts; a part that folds to
 * nothing (a name in another script) is left out.
 */
export function completionFileName(title: string, name: string): string {
	return `${['completion', fileSafe(title), fileSafe(name)].filter(Boolean).join('-')}.txt`;
}
