import { bestRoleplay } from '../progress/roleplay-results.ts';
import type { ProgressRecord } from '../progress/schema.ts';
import { itemId, itemKind } from './items.ts';

/** Where a learner stands on one assignment item, from their on-device progress. */
export interface ItemStatus {
	done: boolean;
	/** Best score in percent; null for a module (read or not). */
	score: number | null;
	/** Day it was done, YYYY-MM-DD. */
	date?: string;
}

const day = (timestamp: string) => timestamp.slice(0, 10);

/**
 * A module counts once read; a quiz or role-play once finished (its best result is reported, and
 * the trainer's table compares it with the pass mark).
 */
export function itemStatus(
	record: ProgressRecord,
	key: string,
	/** Each path's item keys, by path key (`p:first-week`), so a path's status can be worked out. */
	pathItems: Readonly<Record<string, readonly string[]>> = {},
): ItemStatus {
	const id = itemId(key);
	switch (itemKind(key)) {
		case 'path': {
			// A path is done once every step is; it has no score of its own.
			const steps = (pathItems[key] ?? []).map((step) => itemStatus(record, step));
			const done = steps.length > 0 && steps.every((step) => step.done);
			const latest = steps
				.map((step) => step.date ?? '')
				.sort()
				.at(-1);
			return done ? { done, score: null, date: latest } : { done: false, score: null };
		}
		case 'module': {
			const read = record.modulesRead[id];
			return read ? { done: true, score: null, date: day(read) } : { done: false, score: null };
		}
		case 'quiz': {
			const best = record.quizzes[id]?.best;
			return best ? { done: true, score: Math.round(best.score * 100), date: day(best.date) } : { done: false, score: null };
		}
		case 'roleplay': {
			const best = bestRoleplay(record.roleplays[id]);
			return best ? { done: true, score: Math.round(best.overall * 100), date: day(best.date) } : { done: false, score: null };
		}
		default:
			return { done: false, score: null };
	}
}
