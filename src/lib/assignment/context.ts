/**
 * The assignment an item page was opened from. Items on an assignment's checklist link with
 * `?assignment=<id>`; the page looks the id up among the assignments received on this device, so
 * it can judge by the assignment's rules and lead back to it. Small on purpose: quiz, role-play
 * and module pages load it.
 */
import type { ProgressRecord, ReceivedAssignment } from '../progress/schema.ts';
import { checklist, type Checklist } from './checklist.ts';
import { receivedRules } from './status.ts';
import type { PassRules } from './verdict.ts';

/** The query parameter carrying the assignment's id on an item link. */
export const ASSIGNMENT_PARAM = 'assignment';

/** An item's link from an assignment's checklist: its page, with the assignment's id in the query. */
export function itemLinkFrom(href: string, assignmentId: string): string {
	const [path = '', fragment] = href.split('#');
	return `${path}?${ASSIGNMENT_PARAM}=${encodeURIComponent(assignmentId)}${fragment === undefined ? '' : `#${fragment}`}`;
}

/** The assignment a page was opened from, as this device keeps it. */
export interface AssignmentContext {
	id: string;
	received: ReceivedAssignment;
	rules: PassRules;
}

/**
 * Reads `?assignment=` from a page's query (`location.search`). Undefined when there is none, or
 * the id is not an assignment received on this device (a shared link, cleared storage): the page
 * then behaves as if opened on its own.
 */
export function assignmentContext(record: ProgressRecord, search: string): AssignmentContext | undefined {
	const id = new URLSearchParams(search).get(ASSIGNMENT_PARAM);
	if (!id || !Object.hasOwn(record.assignments, id)) return undefined;
	const received = record.assignments[id];
	if (!received?.items) return undefined;
	return { id, received, rules: receivedRules(received) };
}

/** The assignment's checklist from the record (paths counted by their steps, kept when it was received). */
export function contextChecklist(record: ProgressRecord, context: AssignmentContext): Checklist {
	return checklist(record, context.received.items ?? [], context.received.paths ?? {}, context.rules);
}
