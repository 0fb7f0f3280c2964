import { itemKind } from './items.ts';
import type { Review } from './review.ts';

/** How often one thing went wrong across a class: a quiz question missed, or a costly reply chosen. */
export interface Tally {
	/** A question id, or a role-play turn as `node.choice`. */
	id: string;
	/** How many learners it happened to. */
	count: number;
}

/** What a class got wrong on one item. */
export interface ItemInsight {
	/** The item key (`q:…` or `r:…`). */
	key: string;
	/** How many learners' codes carried detail for it: the figure the counts are out of. */
	learners: number;
	/** Most frequent first (ties in first-seen order), at most `limit`. */
	tallies: Tally[];
}

/**
 * Per quiz, the questions most missed; per role-play, the costly replies most chosen (turns the
 * learner's own debrief marked costly, `!node.choice` in the code). Counted once per learner, over
 * the codes that carried detail (v1 codes and trimmed codes carry none). Items with nothing missed
 * are left out.
 */
export function classInsights(review: Review, limit = 3): ItemInsight[] {
	const insights: ItemInsight[] = [];
	for (const key of review.items) {
		const kind = itemKind(key);
		if (kind !== 'quiz' && kind !== 'roleplay') continue;
		const counts = new Map<string, number>();
		let learners = 0;
		for (const row of review.rows) {
			const detail = row.results[key]?.detail;
			if (!detail) continue;
			learners++;
			const ids = kind === 'quiz' ? detail : detail.filter((turn) => turn.startsWith('!')).map((turn) => turn.slice(1));
			for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		if (counts.size === 0) continue;
		const tallies = [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
		insights.push({ key, learners, tallies: tallies.slice(0, limit) });
	}
	return insights;
}
