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
	/** `has`: needs something said on another path; `lacks`: closed by something said on this one. */
	| { on: 'fact'; kind: 'has' | 'lacks' }
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
	if ((condition.has ?? []).some((f) => !state.facts.includes(f))) reasons.push({ on: 'fact', kind: 'has' });
	if ((condition.lacks ?? []).some((f) => state.facts.includes(f))) reasons.push({ on: 'fact', kind: 'lacks' });
	if (condition.persona !== undefined && condition.persona !== state.persona) reasons.push({ on: 'persona' });
	return reasons;
}

/** One turn of the call as it happened. */
export interface Turn {
	/** Index in the call's path. */
	step: number;
	/** The node where the learner chose. */
	node: string;
	/** The wording of that node's line the learner heard (index into its `variants`, -1 for its `line`). */
	variant: number;
	/** The reply chosen. */
	choice: string;
	/** The replies on offer. */
	offered: string[];
	/** The node's replies that were not on offer, with why (replies for another persona are not listed: they were never this caller's). */
	locked: { choice: string; reasons: LockReason[] }[];
	/** The state just before the choice. */
	before: CallState;
}

/** A line of the transcript, by reference: the island turns ids into words. */
export type TranscriptLine =
	{ kind: 'line'; node: string; variant: number; via?: string[] } | { kind: 'reply'; step: number; node: string; choice: string };

/** What the map needs of a call: every node it passed through and every jump or shift link it followed (`from>to`). */
export interface Route {
	nodes: Set<string>;
	links: Set<string>;
}

/** Adds a move's arrivals to a route: jumps passed through, and each call of a shift going on to the next. */
function follow(route: Route, arrived: CallState['arrived']) {
	let previous: string | undefined;
	for (const arrival of arrived) {
		for (const node of [...(arrival.via ?? []), arrival.node]) {
			if (previous) route.links.add(`${previous}>${node}`);
			route.nodes.add(node);
			previous = node;
		}
	}
}

/** Replays `choices` and returns every turn, the transcript in order, and the route through the graph. */
export function retell(
	scenario: ScenarioGraph,
	choices: readonly string[],
	options: StartOptions = {},
): { turns: Turn[]; transcript: TranscriptLine[]; state: CallState; route: Route } {
	let state = start(scenario, options);
	const route: Route = { nodes: new Set(), links: new Set() };
	follow(route, state.arrived);
	const transcript: TranscriptLine[] = state.arrived.map((a) => ({ kind: 'line', ...a }));
	const turns: Turn[] = [];
	choices.forEach((choice, step) => {
		const node = scenario.nodes[state.node];
		const all = node?.choices ?? [];
		turns.push({
			step,
			node: state.node,
			variant: state.arrived.findLast((a) => a.node === state.node)?.variant ?? -1,
			choice,
			offered: all.filter((c) => conditionHolds(c.when, state)).map((c) => c.id),
			locked: all
				.filter((c) => !conditionHolds(c.when, state))
				.map((c) => ({ choice: c.id, reasons: lockReasons(c.when, state) }))
				.filter((lock) => lock.reasons.some((reason) => reason.on !== 'persona')),
			before: state,
		});
		transcript.push({ kind: 'reply', step, node: state.node, choice });
		state = choose(scenario, state, choice);
		follow(route, state.arrived);
		transcript.push(...state.arrived.map((a): TranscriptLine => ({ kind: 'line', ...a })));
	});
	return { turns, transcript, state, route };
}
