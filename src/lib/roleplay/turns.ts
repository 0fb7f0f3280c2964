/**
 * A finished or running call told turn by turn, from its choices alone: what was said (with the
 * wording each line had on this path), what was on offer, what was locked and why. The call
 * screen rebuilds its transcript from this after a reload or "try this turn again"; the debrief
 * and the map of the call read the locked replies from it.
 */
import { boundHolds, choose, conditionHolds, currentCall, start, type StartOptions } from './engine.ts';
import type { Bound, CallState, GraphCondition, ScenarioGraph } from './types.ts';

/** Why a reply was not on offer: one part of its condition that did not hold. */
export type LockReason =
	| { on: 'mood' | 'patience' | 'stress' | 'seconds' | 'hold' | 'transfers'; bound: keyof Bound; limit: number; actual: number }
	| { on: 'record'; needed: boolean }
	| { on: 'fact' }
	| { on: 'persona' };

/** The parts of `condition` that fail in `state`; empty when it holds. */
export function lockReasons(condition: GraphCondition | undefined, state: CallState): LockReason[] {
	if (!condition || conditionHolds(condition, state)) return [];
	const reasons: LockReason[] = [];
	const call = currentCall(state);
	const readings = {
		mood: state.meters.mood,
		patience: state.meters.patience,
		stress: state.meters.stress,
		seconds: call.seconds,
		hold: call.holdSeconds,
		transfers: call.transfers,
	};
	for (const on of ['mood', 'patience', 'stress', 'seconds', 'hold', 'transfers'] as const) {
		const bound = condition[on];
		if (!bound || boundHolds(bound, readings[on])) continue;
		for (const key of ['lt', 'lte', 'gt', 'gte'] as const) {
			const limit = bound[key];
			if (limit !== undefined && !boundHolds({ [key]: limit }, readings[on])) reasons.push({ on, bound: key, limit, actual: readings[on] });
		}
	}
	if (condition.record !== undefined && condition.record !== state.recordOpened) reasons.push({ on: 'record', needed: condition.record });
	if ((condition.has ?? []).some((f) => !state.facts.includes(f)) || (condition.lacks ?? []).some((f) => state.facts.includes(f))) {
		reasons.push({ on: 'fact' });
	}
	if (condition.persona !== undefined && condition.persona !== state.persona) reasons.push({ on: 'persona' });
	return reasons;
}

/** One turn of the call as it happened. */
export interface Turn {
	/** Index in the call's path. */
	step: number;
	/** The node where the learner chose. */
	node: string;
	/** The reply chosen. */
	choice: string;
	/** The replies on offer. */
	offered: string[];
	/** The node's replies that were not on offer, with why. */
	locked: { choice: string; reasons: LockReason[] }[];
	/** The state just before the choice. */
	before: CallState;
}

/** A line of the transcript, by reference: the island turns ids into words. */
export type TranscriptLine =
	{ kind: 'line'; node: string; variant: number } | { kind: 'reply'; step: number; node: string; choice: string };

/** Replays `choices` and returns every turn and the transcript in order. */
export function retell(
	scenario: ScenarioGraph,
	choices: readonly string[],
	options: StartOptions = {},
): { turns: Turn[]; transcript: TranscriptLine[]; state: CallState } {
	let state = start(scenario, options);
	const transcript: TranscriptLine[] = state.arrived.map((a) => ({ kind: 'line', ...a }));
	const turns: Turn[] = [];
	choices.forEach((choice, step) => {
		const node = scenario.nodes[state.node];
		const all = node?.choices ?? [];
		turns.push({
			step,
			node: state.node,
			choice,
			offered: all.filter((c) => conditionHolds(c.when, state)).map((c) => c.id),
			locked: all.filter((c) => !conditionHolds(c.when, state)).map((c) => ({ choice: c.id, reasons: lockReasons(c.when, state) })),
			before: state,
		});
		transcript.push({ kind: 'reply', step, node: state.node, choice });
		state = choose(scenario, state, choice);
		transcript.push(...state.arrived.map((a): TranscriptLine => ({ kind: 'line', ...a })));
	});
	return { turns, transcript, state };
}
