/**
 * The rule that keeps the progress record small, applied on every save. Everything else in the
 * record is bounded by the site's own content (one entry per module, quiz and scenario, each
 * holding its best, counted and last attempt only), so only what a learner can add without
 * limit is pruned:
 *
 * - **Assignments**: the `MAX_ASSIGNMENTS` most recently received are kept. An assignment is a
 *   link the trainer still has; opening it again brings it back. 1,000 maximum-length links
 *   stay under a fifth of `MAX_STORED_CHARS` (`tests/unit/progress/compact.test.ts`).
 * - **Check-ins**: the newest `CHECK_IN_LIMITS.count`, which the check-in form enforces anyway;
 *   two tabs merging their lists could otherwise pass it.
 * - **Review cards**: the `REVIEW_LIMITS.cards` most recently changed (content bounds them
 *   anyway: one per question, check and turn); **review days**: the newest `REVIEW_LIMITS.days`,
 *   a year and more of streak.
 */
import { CHECK_IN_LIMITS, REVIEW_LIMITS, type ProgressRecord } from './schema.ts';

/** How many received assignments the device keeps: a year of weekly assignments. */
export const MAX_ASSIGNMENTS = 50;

/** The record within the rule above; the same record when nothing needs pruning. */
export function compactRecord(record: ProgressRecord): ProgressRecord {
	let next = record;
	const assignments = Object.entries(record.assignments);
	if (assignments.length > MAX_ASSIGNMENTS) {
		// Newest first; the id decides between equal dates, so every tab prunes the same ones.
		assignments.sort(([idA, a], [idB, b]) => (a.received === b.received ? (idA < idB ? -1 : 1) : a.received > b.received ? -1 : 1));
		next = { ...next, assignments: Object.fromEntries(assignments.slice(0, MAX_ASSIGNMENTS)) };
	}
	const checkIns = record.checkIns;
	if (checkIns && checkIns.length > CHECK_IN_LIMITS.count) next = { ...next, checkIns: checkIns.slice(-CHECK_IN_LIMITS.count) };
	const cards = Object.entries(record.cards ?? {});
	if (cards.length > REVIEW_LIMITS.cards) {
		cards.sort(([idA, a], [idB, b]) => (a.updated === b.updated ? (idA < idB ? -1 : 1) : a.updated > b.updated ? -1 : 1));
		next = { ...next, cards: Object.fromEntries(cards.slice(0, REVIEW_LIMITS.cards)) };
	}
	const days = record.reviewDays;
	if (days && days.length > REVIEW_LIMITS.days) next = { ...next, reviewDays: days.slice(-REVIEW_LIMITS.days) };
	return next;
}
