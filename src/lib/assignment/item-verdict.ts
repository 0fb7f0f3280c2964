/**
 * An item's verdict for the assignment its page was opened from, as the quiz results screen and
 * the role-play debrief say it. Loaded with those screens only (never at page load): it pulls in
 * `itemStatus`, the one verdict.
 */
import type { ProgressRecord } from '../progress/schema.ts';
import { assignmentContext, type AssignmentContext } from './context.ts';
import { itemStatus, type ItemStatus } from './status.ts';

/** An item's status for an assignment, with what its result screen needs to explain it. */
export interface AssignmentVerdict extends ItemStatus {
	/** The assignment's title. */
	title: string;
	/** Its pass mark, whole percent. */
	passMark: number;
	/** Whether it requires assessment mode. */
	assessment: boolean;
	/** The counted result is another attempt than the one just finished: the screen says which, and its score. */
	earlier: boolean;
	/** The assignment requires assessment and only practice results exist: it cannot be passed on this device. */
	onlyPractice: boolean;
}

/**
 * The verdict on `key` (`q:<id>`, `r:<id>`) for `context`'s assignment, by its rules (`itemStatus`),
 * after the attempt numbered `thisAttempt` (missing in older records: then never `earlier`).
 */
export function assignmentVerdict(
	record: ProgressRecord,
	key: string,
	context: AssignmentContext,
	thisAttempt: number | undefined,
): AssignmentVerdict {
	const status = itemStatus(record, key, context.received.paths ?? {}, context.rules);
	return {
		...status,
		title: context.received.title,
		passMark: context.rules.passMark,
		assessment: context.rules.assessment,
		earlier: status.attempt !== undefined && thisAttempt !== undefined && status.attempt !== thisAttempt,
		onlyPractice: context.rules.assessment && status.done && status.mode !== 'assessment',
	};
}

/**
 * The assignment a page was opened from (`assignmentContext`), for item `key` only if the
 * assignment holds it, itself or as a step of one of its paths: a quiz at the end of a module
 * page opened from an assignment that does not ask for that quiz keeps its own rules.
 */
export function contextFor(record: ProgressRecord, search: string, key: string): AssignmentContext | undefined {
	const context = assignmentContext(record, search);
	const { items = [], paths = {} } = context?.received ?? {};
	const holds = items.includes(key) || items.some((item) => paths[item]?.includes(key));
	return holds ? context : undefined;
}
