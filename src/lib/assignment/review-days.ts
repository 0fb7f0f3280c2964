/**
 * Spaced review asked for by an assignment ("review for N days", issue 14): how many days the
 * learner has reviewed since they opened it, and their streak. Counted on the learner's own
 * calendar, like the streak on the review page. Review never changes a result: this is reported
 * beside the results, not counted in them.
 */
import type { ProgressRecord } from '../progress/schema.ts';
import { localDay, reviewStreak } from '../review/streak.ts';

/** Where a learner stands on an assignment's spaced review. */
export interface ReviewDays {
	/** Days with at least one review since the assignment was first opened (that day included). */
	days: number;
	/** Days in a row with a review, up to today (see `reviewStreak`). */
	streak: number;
	/** How many cards the learner has: none means they have missed nothing, so there is nothing to review yet. */
	cards: number;
}

/** The learner's review days for an assignment first opened at `received` (ISO 8601), as of `now`. */
export function reviewDaysSince(record: Pick<ProgressRecord, 'reviewDays' | 'cards'>, received: string, now: Date): ReviewDays {
	const from = localDay(new Date(received));
	const days = (record.reviewDays ?? []).filter((day) => day >= from).length;
	return { days, streak: reviewStreak(record.reviewDays, localDay(now)), cards: Object.keys(record.cards ?? {}).length };
}
