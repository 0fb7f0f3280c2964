import { describe, expect, it } from 'vitest';
import { addReviewCards } from '../../../src/lib/progress/review-cards.ts';
import { emptyRecord } from '../../../src/lib/progress/schema.ts';
import { dueToday, nextDue, nextDueByRating, rateCard, ratings } from '../../../src/lib/review/schedule.ts';
import { localDay, reviewStreak } from '../../../src/lib/review/streak.ts';

const at = (day: number, hour = 9) => new Date(2026, 11, day, hour, 0, 0);
const withCard = (id = 'quiz:hold/a') => addReviewCards(emptyRecord(), [id], at(7).toISOString());
const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 86_400_000;

describe('scheduling with FSRS', () => {
	it('a new card is due today; each rating brings it back later than the one before', () => {
		const record = withCard();
		expect(dueToday(record, at(7)).map(([id]) => id)).toEqual(['quiz:hold/a']);
		const next = nextDueByRating(record.cards!['quiz:hold/a']!, at(7));
		for (let i = 1; i < ratings.length; i++) expect(next[ratings[i]!].getTime()).toBeGreaterThan(next[ratings[i - 1]!].getTime());
	});

	it('"Again" keeps the card in today’s session; "Good" on a learned card sends it days away, further each time', () => {
		let record = rateCard(withCard(), 'quiz:hold/a', 'again', at(7));
		expect(dueToday(record, at(7, 10))).toHaveLength(1);
		// Learned over the learning steps, then reviewed "Good" on the day it falls due, three times.
		let now = at(7, 10);
		record = rateCard(record, 'quiz:hold/a', 'good', now);
		record = rateCard(record, 'quiz:hold/a', 'good', (now = new Date(record.cards!['quiz:hold/a']!.due)));
		const intervals: number[] = [];
		for (let i = 0; i < 3; i++) {
			const due = new Date(record.cards!['quiz:hold/a']!.due);
			intervals.push(days(now, due));
			now = due;
			record = rateCard(record, 'quiz:hold/a', 'good', now);
		}
		expect(intervals[0]).toBeGreaterThanOrEqual(1);
		expect(intervals[1]).toBeGreaterThan(intervals[0]!);
		expect(intervals[2]).toBeGreaterThan(intervals[1]!);
		expect(record.cards!['quiz:hold/a']).toMatchObject({ reps: 6, lapses: 0, state: 2, added: at(7).toISOString() });
	});

	it('forgetting a learned card counts a lapse and brings it back sooner', () => {
		let record = rateCard(withCard(), 'quiz:hold/a', 'easy', at(7));
		const due = new Date(record.cards!['quiz:hold/a']!.due);
		record = rateCard(record, 'quiz:hold/a', 'again', due);
		expect(record.cards!['quiz:hold/a']).toMatchObject({ lapses: 1, state: 3 });
		expect(days(due, new Date(record.cards!['quiz:hold/a']!.due))).toBeLessThan(1);
	});

	it('orders today’s cards by when they fell due, and leaves tomorrow’s out', () => {
		let record = addReviewCards(emptyRecord(), ['quiz:b/b'], at(6).toISOString());
		record = addReviewCards(record, ['quiz:a/a'], at(7).toISOString());
		record = addReviewCards(record, ['quiz:c/c'], at(8).toISOString());
		expect(dueToday(record, at(7)).map(([id]) => id)).toEqual(['quiz:b/b', 'quiz:a/a']);
		expect(nextDue(record)).toBe(at(6).toISOString());
	});

	it('a rating of an unknown card changes nothing', () => {
		const record = withCard();
		expect(rateCard(record, 'quiz:other/x', 'good', at(7))).toBe(record);
	});
});

describe('the review streak', () => {
	it('counts the days in a row up to today, or up to yesterday while today is not done yet', () => {
		expect(reviewStreak(['2026-12-05', '2026-12-06', '2026-12-07'], '2026-12-07')).toBe(3);
		expect(reviewStreak(['2026-12-05', '2026-12-06'], '2026-12-07')).toBe(2);
		expect(reviewStreak(['2026-12-04', '2026-12-06'], '2026-12-07')).toBe(1);
		expect(reviewStreak(['2026-12-04'], '2026-12-07')).toBe(0);
		expect(reviewStreak(undefined, '2026-12-07')).toBe(0);
	});

	it('crosses months and years', () => {
		expect(reviewStreak(['2026-12-30', '2026-12-31', '2027-01-01'], '2027-01-01')).toBe(3);
	});

	it('a rating adds the learner’s own day, once', () => {
		let record = rateCard(withCard(), 'quiz:hold/a', 'good', at(7, 23));
		record = rateCard(record, 'quiz:hold/a', 'good', at(7, 23));
		expect(record.reviewDays).toEqual([localDay(at(7, 23))]);
		expect(localDay(at(7, 23))).toBe('2026-12-07');
	});
});
