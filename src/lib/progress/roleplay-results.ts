/** Role-play results in the progress record: kept apart by mode (a file of its own, so pages without calls never load it). */
import type { ProgressRecord, RoleplayProgress, RoleplayResult } from './schema.ts';

/** Records a finished role-play call: keeps the best of its mode (practice and assessment apart) by `overall`, and the last. */
export function recordRoleplayResult(record: ProgressRecord, scenarioId: string, result: RoleplayResult): ProgressRecord {
	const previous = record.roleplays[scenarioId];
	const kept = previous?.[result.mode];
	const best = kept && kept.overall >= result.overall ? kept : result;
	return {
		...record,
		roleplays: {
			...record.roleplays,
			[scenarioId]: { ...previous, [result.mode]: best, last: result, plays: (previous?.plays ?? 0) + 1 },
		},
	};
}

/** The result to show for a scenario: the best assessment call when there is one, else the best practice call. */
export function bestRoleplay(progress: RoleplayProgress | undefined): RoleplayResult | undefined {
	return progress?.assessment ?? progress?.practice;
}
