import type { Dimension } from './schema.ts';
import type { Bound, CallState, GraphChoice, GraphCondition, Meters, ScenarioGraph } from './types.ts';

/** Thrown when a choice is asked for that the current turn does not offer. */
export class ChoiceNotAvailableError extends Error {
	readonly scenarioId: string;
	readonly node: string;
	readonly choiceId: string;

	constructor(scenarioId: string, node: string, choiceId: string) {
		super(`[both-ends:roleplay] ${scenarioId}: choice "${choiceId}" is not available at node "${node}".`);
		this.name = 'ChoiceNotAvailableError';
		this.scenarioId = scenarioId;
		this.node = node;
		this.choiceId = choiceId;
	}
}

/** Longest chain of arrival branches followed; the validator rejects cycles, this is a backstop. */
const MAX_BRANCH_HOPS = 50;

const clamp = (value: number) => Math.min(100, Math.max(0, value));

function holds(bound: Bound | undefined, value: number): boolean {
	if (!bound) return true;
	return (
		(bound.lt === undefined || value < bound.lt) &&
		(bound.lte === undefined || value <= bound.lte) &&
		(bound.gt === undefined || value > bound.gt) &&
		(bound.gte === undefined || value >= bound.gte)
	);
}

/** Whether a `when` condition holds in this state. */
export function conditionHolds(condition: GraphCondition | undefined, meters: Meters, recordOpened: boolean): boolean {
	if (!condition) return true;
	return (
		holds(condition.mood, meters.mood) &&
		holds(condition.patience, meters.patience) &&
		holds(condition.stress, meters.stress) &&
		(condition.record === undefined || condition.record === recordOpened)
	);
}

/** Follows arrival branches from `nodeId` to the node the call actually lands on. */
function arrive(scenario: ScenarioGraph, nodeId: string, meters: Meters, recordOpened: boolean): string {
	let current = nodeId;
	for (let hop = 0; hop < MAX_BRANCH_HOPS; hop++) {
		const node = scenario.nodes[current];
		const jump = node?.branch?.find((rule) => conditionHolds(rule.when, meters, recordOpened));
		if (!jump) return current;
		current = jump.next;
	}
	throw new Error(`[both-ends:roleplay] ${scenario.id}: arrival branches loop at node "${current}".`);
}

function zeroScores(dimensions: readonly Dimension[]): Record<Dimension, number> {
	return Object.fromEntries(dimensions.map((d) => [d, 0])) as Record<Dimension, number>;
}

/** The state at the start of the call. */
export function start(scenario: ScenarioGraph): CallState {
	const meters = { ...scenario.meters };
	const node = arrive(scenario, scenario.start, meters, false);
	return {
		node,
		meters,
		seconds: 0,
		holdSeconds: 0,
		transfers: 0,
		recordOpened: false,
		path: [],
		scores: zeroScores(scenario.dimensions),
		ended: scenario.nodes[node]?.end,
	};
}

/** The choice type of a scenario: its own (with text) or the bare graph's. */
export type ChoiceOf<S extends ScenarioGraph> = NonNullable<S['nodes'][string]['choices']>[number];

/** The choices the learner has now: the node's choices whose `when` holds; none once ended. */
export function available<S extends ScenarioGraph>(scenario: S, state: CallState): ChoiceOf<S>[] {
	if (state.ended) return [];
	const node = scenario.nodes[state.node];
	const choices = (node?.choices ?? []) as ChoiceOf<S>[];
	return choices.filter((choice: GraphChoice) => conditionHolds(choice.when, state.meters, state.recordOpened));
}

/** The state after making `choiceId`. Pure: `state` is not changed. */
export function choose(scenario: ScenarioGraph, state: CallState, choiceId: string): CallState {
	const choice = available(scenario, state).find((c) => c.id === choiceId);
	if (!choice) throw new ChoiceNotAvailableError(scenario.id, state.node, choiceId);
	const { effects } = choice;
	const meters: Meters = {
		mood: clamp(state.meters.mood + (effects.mood ?? 0)),
		patience: clamp(state.meters.patience + (effects.patience ?? 0)),
		stress: clamp(state.meters.stress + (effects.stress ?? 0)),
	};
	const recordOpened = state.recordOpened || choice.action === 'record';
	const scores = { ...state.scores };
	for (const [dimension, points] of Object.entries(choice.score) as [Dimension, number][]) {
		scores[dimension] = (scores[dimension] ?? 0) + points;
	}
	const node = arrive(scenario, choice.next, meters, recordOpened);
	const hold = effects.hold ?? 0;
	return {
		node,
		meters,
		seconds: state.seconds + (effects.seconds ?? 0) + hold,
		holdSeconds: state.holdSeconds + hold,
		transfers: state.transfers + (choice.action === 'transfer' ? 1 : 0),
		recordOpened,
		path: [...state.path, { node: state.node, choice: choice.id }],
		scores,
		ended: scenario.nodes[node]?.end,
	};
}

/** Replays a list of choice ids from the start (e.g. to restore a call). */
export function replay(scenario: ScenarioGraph, choiceIds: readonly string[]): CallState {
	return choiceIds.reduce((state, id) => choose(scenario, state, id), start(scenario));
}
