import { recordRoleplayResult } from '../progress/roleplay-results.ts';
import type { ProgressRecord, RoleplayResult } from '../progress/schema.ts';
import type { Debrief } from './debrief.ts';

/** The most replies a stored call keeps (the progress record's own bound): a longer call keeps its first ones. */
export const MAX_PATH = 300;

/** One reply of a finished call, as the engine's `call.path` holds it. */
export interface PathStep {
	/** Where the reply was chosen. */
	node: string;
	/** The reply chosen there. */
	choice: string;
}

/**
 * The call's replies as the class view reads them: `node.choice`, with a leading `!` on the turns
 * the debrief found costly (`outcome.costly[].step` indexes into the path).
 */
export function markedPath(path: readonly PathStep[], outcome: Pick<Debrief, 'costly'>): string[] {
	const costly = new Set(outcome.costly.map((turn) => turn.step));
	return path.slice(0, MAX_PATH).map((step, i) => `${costly.has(i) ? '!' : ''}${step.node}.${step.choice}`);
}

/** What the progress record keeps of a finished call; the path only when it is given and not empty. */
export function toRoleplayResult(
	outcome: Debrief,
	mode: RoleplayResult['mode'],
	date: Date,
	path: readonly PathStep[] = [],
): RoleplayResult {
	return {
		shares: { ...outcome.shares },
		overall: outcome.overall,
		outcome: outcome.outcome,
		mode,
		date: date.toISOString(),
		...(path.length > 0 ? { path: markedPath(path, outcome) } : {}),
	};
}

/** Records a finished call of `scenarioId` in `record` (counted assessment, best practice, last, plays). Pure. */
export function recordCall(
	record: ProgressRecord,
	scenarioId: string,
	outcome: Debrief,
	mode: RoleplayResult['mode'],
	date: Date,
	path: readonly PathStep[] = [],
): ProgressRecord {
	return recordRoleplayResult(record, scenarioId, toRoleplayResult(outcome, mode, date, path));
}

/**
 * How a finished call was recorded, for the debrief to say: as the assessment, as practice by
 * choice, or as practice although it was played in assessment mode, and why: a turn was tried
 * again (the better replies had been shown), or an earlier call of this scenario had been
 * finished (its debrief showed them).
 */
export type RecordedAs = { mode: 'assessment'; attempt?: number } | { mode: 'practice'; attempt?: number; because?: 'retried' | 'seen' };

/**
 * How a call was recorded, from what `recordCall` stored (`last`): the record decides the mode
 * (see `recordRoleplayResult`), this only adds why an assessment call became practice. `chosen`:
 * the mode picked on the setup form; `retried`: a turn was tried again during the call.
 */
export function recordedAs(last: RoleplayResult, chosen: RoleplayResult['mode'], retried: boolean): RecordedAs {
	const attempt = last.attempt === undefined ? {} : { attempt: last.attempt };
	if (last.mode === 'assessment') return { mode: 'assessment', ...attempt };
	if (chosen === 'practice') return { mode: 'practice', ...attempt };
	return { mode: 'practice', ...attempt, because: retried ? 'retried' : 'seen' };
}
