import { recordRoleplayResult } from '../progress/roleplay-results.ts';
import type { ProgressRecord, RoleplayResult } from '../progress/schema.ts';
import type { StoreHealth } from '../progress/store.ts';
import type { Debrief } from './debrief.ts';

/** What the progress record keeps of a finished call. */
export function toRoleplayResult(outcome: Debrief, mode: RoleplayResult['mode'], date: Date): RoleplayResult {
	return {
		shares: { ...outcome.shares },
		overall: outcome.overall,
		outcome: outcome.outcome,
		mode,
		date: date.toISOString(),
	};
}

/** Records a finished call of `scenarioId` in `record` (best kept by overall, last, plays). Pure. */
export function recordCall(
	record: ProgressRecord,
	scenarioId: string,
	outcome: Debrief,
	mode: RoleplayResult['mode'],
	date: Date,
): ProgressRecord {
	return recordRoleplayResult(record, scenarioId, toRoleplayResult(outcome, mode, date));
}

/** Which sentence tells the learner whether the result was kept: only storage that works keeps it. */
export function savedNotice(health: StoreHealth): 'saved' | 'notSaved' {
	return health === 'memory-only' ? 'notSaved' : 'saved';
}
