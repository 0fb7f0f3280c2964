/** Role-play results in the progress record: kept apart by mode (a file of its own, so pages without calls never load it). */
import { costlyTurnIds } from '../review/card-ids.ts';
import { addReviewCards } from './review-cards.ts';
import type { ProgressRecord, RoleplayProgress, RoleplayResult } from './schema.ts';

/**
 * Whether a finished call of this scenario would count as its assessment: only the first call in
 * assessment mode, and only before any debrief was seen (each shows the best call). Later calls
 * are recorded as practice, and the call screen says so.
 */
export function assessmentOpen(progress: RoleplayProgress | undefined): boolean {
	return !progress || (progress.plays === 0 && !progress.assessment);
}

/**
 * Records a finished role-play call: numbers it; an assessment call counts only when
 * `assessmentOpen` (otherwise it is kept as practice); keeps the best practice call by `overall`,
 * the counted assessment call, and the last. Each costly turn becomes a review card.
 */
export function recordRoleplayResult(record: ProgressRecord, scenarioId: string, result: RoleplayResult): ProgressRecord {
	const previous = record.roleplays[scenarioId];
	const plays = (previous?.plays ?? 0) + 1;
	const mode = result.mode === 'assessment' && assessmentOpen(previous) ? 'assessment' : 'practice';
	const numbered: RoleplayResult = { ...result, mode, attempt: plays };
	const practice =
		mode === 'practice' && !(previous?.practice && previous.practice.overall >= numbered.overall) ? numbered : previous?.practice;
	const assessment = mode === 'assessment' ? numbered : previous?.assessment;
	return {
		...addReviewCards(record, costlyTurnIds(scenarioId, result.path), result.date),
		roleplays: {
			...record.roleplays,
			[scenarioId]: { ...(practice ? { practice } : {}), ...(assessment ? { assessment } : {}), last: numbered, plays },
		},
	};
}

/** The result to show for a scenario: the assessment call when there is one, else the best practice call. */
export function bestRoleplay(progress: RoleplayProgress | undefined): RoleplayResult | undefined {
	return progress?.assessment ?? progress?.practice;
}
