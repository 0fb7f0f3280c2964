/** Module checks (`<Check>`) in the progress record: a file of its own, loaded when a check is answered or comes near view. */
import type { CheckVerdict } from '../practice/check.ts';
import { checkCardId } from '../review/card-ids.ts';
import { addReviewCards } from './review-cards.ts';
import type { ProgressRecord } from './schema.ts';

/**
 * Remembers how a check was answered (`key` is `<track>/<slug>:<check id>`, as the page names
 * it); an answer not fully right also becomes a review card. Not scored: nothing else changes.
 */
export function recordCheckAnswer(
	record: ProgressRecord,
	key: string,
	chosen: string[],
	verdict: CheckVerdict,
	date: string,
): ProgressRecord {
	const [moduleKey = '', check = ''] = key.split(':');
	const answered = { ...record, checks: { ...record.checks, [key]: { chosen, verdict, date } } };
	return verdict === 'right' ? answered : addReviewCards(answered, [checkCardId(moduleKey, check)], date);
}
