/**
 * Turning misses into review cards, in the progress record. Small and without the scheduler, so
 * the quiz, the role-play and the module checks can add cards without loading it; reviewing is
 * `src/lib/review/schedule.ts`.
 */
import { newCard, type ProgressRecord } from './schema.ts';

/**
 * Adds a card for each id, due at once: a new card, or one the learner already had, missed
 * again (due now; what the scheduler learned about it is kept, and its next rating decides).
 */
export function addReviewCards(record: ProgressRecord, ids: readonly string[], date: string): ProgressRecord {
	if (ids.length === 0) return record;
	const cards = { ...record.cards };
	for (const id of ids) {
		const known = cards[id];
		cards[id] = known ? { ...known, updated: date, due: known.due < date ? known.due : date } : newCard(date);
	}
	return { ...record, cards };
}

/** How many cards are due at `now` (ISO 8601): what the header and My progress show. */
export function dueCount(record: ProgressRecord, now: string): number {
	return Object.values(record.cards ?? {}).filter((card) => card.due <= now).length;
}
