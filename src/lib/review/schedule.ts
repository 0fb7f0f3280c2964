/**
 * Spaced review scheduling with FSRS (`ts-fsrs`, the scheduler Anki uses since 23.10): each
 * rating updates the card's memory state and sets when it is next due. Loaded by the review page
 * only; adding cards needs none of it (`src/lib/progress/review-cards.ts`).
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ProgressRecord, ReviewCard } from '../progress/schema.ts';
import { localDay } from './streak.ts';

/** The four ratings a learner gives a card after seeing the answer, in the order shown (keys 1–4). */
export const ratings = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof ratings)[number];
const grades: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

// Default FSRS-6 parameters, 90 % target recall, the (re)learning steps of 1 and 10 minutes, no
// fuzz: the same ratings always give the same dates, so two tabs agree and tests can check them.
const scheduler = fsrs({ enable_fuzz: false });

/** The library's card for a stored one. */
function toCard(card: ReviewCard): Card {
	return {
		...createEmptyCard(new Date(card.added)),
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		learning_steps: card.steps,
		scheduled_days: card.scheduled,
		...(card.last ? { last_review: new Date(card.last) } : {}),
	};
}

/** A stored card from the library's, keeping when it was first added. */
function fromCard(card: Card, added: string, now: Date): ReviewCard {
	return {
		added,
		updated: now.toISOString(),
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		steps: card.learning_steps,
		scheduled: card.scheduled_days,
		...(card.last_review ? { last: card.last_review.toISOString() } : {}),
	};
}

/** The end of the learner's calendar day holding `now`, as an instant. */
function endOfDay(now: Date): Date {
	const end = new Date(now);
	end.setHours(23, 59, 59, 999);
	return end;
}

/**
 * The cards to review today, soonest due first (the id decides a tie): due before the end of the
 * learner's day, so a card rated "Again" comes back later in the same session.
 */
export function dueToday(record: ProgressRecord, now: Date): [id: string, card: ReviewCard][] {
	const end = endOfDay(now).toISOString();
	return Object.entries(record.cards ?? {})
		.filter(([, card]) => card.due <= end)
		.sort(([idA, a], [idB, b]) => (a.due === b.due ? (idA < idB ? -1 : 1) : a.due < b.due ? -1 : 1));
}

/** When each rating would bring the card back, for the rating buttons. */
export function nextDueByRating(card: ReviewCard, now: Date): Record<ReviewRating, Date> {
	const preview = scheduler.repeat(toCard(card), now);
	return Object.fromEntries(ratings.map((rating) => [rating, preview[grades[rating]].card.due])) as Record<ReviewRating, Date>;
}

/** Records a rating: the card's next state and due date, and today among the review days. */
export function rateCard(record: ProgressRecord, id: string, rating: ReviewRating, now: Date): ProgressRecord {
	const card = record.cards?.[id];
	if (!card) return record;
	const next = scheduler.next(toCard(card), now, grades[rating]).card;
	const today = localDay(now);
	const days = record.reviewDays ?? [];
	return {
		...record,
		cards: { ...record.cards, [id]: fromCard(next, card.added, now) },
		reviewDays: days.includes(today) ? days : [...days, today].sort(),
	};
}

/** The earliest due date after today, for "nothing due: next review on …"; `undefined` without cards. */
export function nextDue(record: ProgressRecord): string | undefined {
	return Object.values(record.cards ?? {}).reduce<string | undefined>(
		(soonest, card) => (!soonest || card.due < soonest ? card.due : soonest),
		undefined,
	);
}
