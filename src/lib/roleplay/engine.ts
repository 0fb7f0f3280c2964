import type { Dimension, Meter } from './schema.ts';
import type { Bound, CallState, EndCause, GraphChoice, GraphCondition, GraphNode, ScenarioGraph } from './types.ts';

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

/** Longest chain of jumps and shift continuations followed on one move; the validator rejects cycles, this is a backstop. */
const MAX_HOPS = 50;

const clamp = (value: number) => Math.min(100, Math.max(0, value));

export function boundHolds(bound: Bound | undefined, value: number): boolean {
	if (!bound) return true;
	return (
		(bound.lt === undefined || value < bound.lt) &&
		(bound.lte === undefined || value <= bound.lte) &&
		(bound.gt === undefined || value > bound.gt) &&
		(bound.gte === undefined || value >= bound.gte)
	);
}

/** What a condition can look at: a call state, or the part of one being built. */
type Observed = Pick<CallState, 'meters' | 'recordOpened' | 'facts' | 'persona' | 'seconds' | 'holdSeconds' | 'transfers' | 'callStart'>;

/** Seconds, hold seconds and transfers of the current call only (a shift's earlier calls excluded). */
export function currentCall(state: Observed): { seconds: number; holdSeconds: number; transfers: number } {
	return {
		seconds: state.seconds - state.callStart.seconds,
		holdSeconds: state.holdSeconds - state.callStart.holdSeconds,
		transfers: state.transfers - state.callStart.transfers,
	};
}

/** Whether a `when` condition holds in this state. */
export function conditionHolds(condition: GraphCondition | undefined, state: Observed): boolean {
	if (!condition) return true;
	const call = currentCall(state);
	return (
		boundHolds(condition.mood, state.meters.mood) &&
		boundHolds(condition.patience, state.meters.patience) &&
		boundHolds(condition.stress, state.meters.stress) &&
		(condition.record === undefined || condition.record === state.recordOpened) &&
		(condition.has ?? []).every((fact) => state.facts.includes(fact)) &&
		(condition.lacks ?? []).every((fact) => !state.facts.includes(fact)) &&
		(condition.persona === undefined || condition.persona === state.persona) &&
		boundHolds(condition.seconds, call.seconds) &&
		boundHolds(condition.hold, call.holdSeconds) &&
		boundHolds(condition.transfers, call.transfers)
	);
}

/** The index of the variant of a node's line that holds now, or -1 for the node's own `line`. */
export function variantIndex(node: GraphNode | undefined, state: Observed): number {
	return node?.variants?.findIndex((variant) => conditionHolds(variant.when, state)) ?? -1;
}

/** What a jump that ended a call was about: the first meter it tests, else the clock. */
function causeOf(condition: GraphCondition): EndCause['on'] | undefined {
	for (const meter of ['patience', 'mood', 'stress'] as const) if (condition[meter]) return meter;
	if (condition.hold) return 'hold';
	if (condition.seconds) return 'time';
	return undefined;
}

type Effects = Partial<Record<Meter | 'seconds' | 'hold', number>>;

/** Meters moved and time spent; returns a new state. */
function applyEffects(state: CallState, effects: Effects | undefined, transfer: boolean): CallState {
	if (!effects && !transfer) return state;
	const hold = effects?.hold ?? 0;
	return {
		...state,
		meters: {
			mood: clamp(state.meters.mood + (effects?.mood ?? 0)),
			patience: clamp(state.meters.patience + (effects?.patience ?? 0)),
			stress: clamp(state.meters.stress + (effects?.stress ?? 0)),
		},
		seconds: state.seconds + (effects?.seconds ?? 0) + hold,
		holdSeconds: state.holdSeconds + hold,
		transfers: state.transfers + (transfer ? 1 : 0),
	};
}

/**
 * Arrives at `nodeId`: starts a new call if the node starts one, follows arrival jumps, applies
 * what the other person does there, and on an ending inside a shift records the call and goes on.
 */
function arrive(scenario: ScenarioGraph, before: CallState, nodeId: string): CallState {
	let state: CallState = { ...before, arrived: [] };
	let current = nodeId;
	let cause: EndCause | undefined;
	let via: string[] = [];
	for (let hop = 0; hop < MAX_HOPS; hop++) {
		const node = scenario.nodes[current];
		if (!node) return { ...state, node: current };
		if (node.call) {
			state = {
				...state,
				callNode: current,
				// The scenario's first call is already counted; a `call` on its start node only names it.
				callsStarted: state.calls.length >= state.callsStarted ? state.callsStarted + 1 : state.callsStarted,
				meters: { ...state.meters, mood: node.call.mood, patience: node.call.patience },
				callStart: { seconds: state.seconds, holdSeconds: state.holdSeconds, transfers: state.transfers },
			};
			cause = undefined;
		}
		const jumpIndex = node.branch?.findIndex((rule) => conditionHolds(rule.when, state)) ?? -1;
		const jump = node.branch?.[jumpIndex];
		if (jump) {
			const on = causeOf(jump.when);
			if (on) {
				const call = currentCall(state);
				const value = on === 'time' ? call.seconds : on === 'hold' ? call.holdSeconds : state.meters[on];
				cause = { node: current, branch: jumpIndex, on, value, seconds: call.seconds };
			}
			via.push(current);
			current = jump.next;
			continue;
		}
		state = applyEffects(state, node.effects, node.effects?.transfer === true);
		const arrival = { node: current, variant: variantIndex(node, state), ...(via.length > 0 ? { via } : {}) };
		state = { ...state, node: current, arrived: [...state.arrived, arrival] };
		via = [];
		if (!node.end) return state;
		const call = currentCall(state);
		state = {
			...state,
			calls: [...state.calls, { ended: node.end, node: current, ...call, stress: state.meters.stress, ...(cause ? { cause } : {}) }],
		};
		if (!node.then) return { ...state, ended: node.end };
		current = node.then;
		cause = undefined;
	}
	throw new Error(`[both-ends:roleplay] ${scenario.id}: arrival jumps loop at node "${current}".`);
}

function zeroScores(dimensions: readonly Dimension[]): Record<Dimension, number> {
	return Object.fromEntries(dimensions.map((d) => [d, 0])) as Record<Dimension, number>;
}

/** How an attempt starts: which persona, and the seed of the reply order. */
export interface StartOptions {
	/** A persona id of the scenario; the first persona when absent (none if it has none). */
	persona?: string;
	/** Seed of the reply order; 0 when absent (tests and replays pass their own). */
	seed?: number;
}

/** The state at the start of the call. */
export function start(scenario: ScenarioGraph, options: StartOptions = {}): CallState {
	const persona = scenario.personas?.find((p) => p.id === options.persona) ?? scenario.personas?.[0];
	const initial: CallState = {
		node: scenario.start,
		arrived: [],
		...(persona ? { persona: persona.id } : {}),
		seed: options.seed ?? 0,
		meters: { ...scenario.meters, ...persona?.meters },
		seconds: 0,
		holdSeconds: 0,
		transfers: 0,
		callsStarted: 1,
		callStart: { seconds: 0, holdSeconds: 0, transfers: 0 },
		recordOpened: false,
		facts: [],
		path: [],
		scores: zeroScores(scenario.dimensions),
		calls: [],
	};
	return arrive(scenario, initial, scenario.start);
}

/** The choice type of a scenario: its own (with text) or the bare graph's. */
export type ChoiceOf<S extends ScenarioGraph> = NonNullable<S['nodes'][string]['choices']>[number];

/** The choices the learner has now, in the file's order: the node's choices whose `when` holds; none once ended. */
export function available<S extends ScenarioGraph>(scenario: S, state: CallState): ChoiceOf<S>[] {
	if (state.ended) return [];
	const node = scenario.nodes[state.node];
	const choices = (node?.choices ?? []) as ChoiceOf<S>[];
	return choices.filter((choice: GraphChoice) => conditionHolds(choice.when, state));
}

/** A 32-bit FNV-1a hash: small, fast and the same in every browser, for a stable shuffle. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/**
 * The available choices in the order this attempt shows them: shuffled by the attempt's seed,
 * so neither position nor file order gives the best reply away, and the same on every replay.
 */
export function shown<S extends ScenarioGraph>(scenario: S, state: CallState): ChoiceOf<S>[] {
	return available(scenario, state)
		.map((choice) => ({ choice, key: hash(`${state.seed}:${state.node}:${choice.id}`) }))
		.sort((a, b) => a.key - b.key || a.choice.id.localeCompare(b.choice.id))
		.map(({ choice }) => choice);
}

/** The state after making `choiceId`. Pure: `state` is not changed. */
export function choose(scenario: ScenarioGraph, state: CallState, choiceId: string): CallState {
	const choice = available(scenario, state).find((c) => c.id === choiceId);
	if (!choice) throw new ChoiceNotAvailableError(scenario.id, state.node, choiceId);
	const scores = { ...state.scores };
	for (const [dimension, points] of Object.entries(choice.score) as [Dimension, number][]) {
		scores[dimension] = (scores[dimension] ?? 0) + points;
	}
	const facts = choice.set ? [...new Set([...state.facts, ...choice.set])].sort() : state.facts;
	const moved = applyEffects(state, choice.effects, choice.action === 'transfer');
	return arrive(
		scenario,
		{
			...moved,
			recordOpened: state.recordOpened || choice.action === 'record',
			facts,
			scores,
			path: [...state.path, { node: state.node, choice: choice.id }],
		},
		choice.next,
	);
}

/** Whether a shift is between two calls: the last call has ended and the next has not rung yet. */
export function betweenCalls(state: CallState): boolean {
	return !state.ended && state.calls.length >= state.callsStarted;
}

/** Replays a list of choice ids from the start (to restore a call, or to try a turn again). */
export function replay(scenario: ScenarioGraph, choiceIds: readonly string[], options: StartOptions = {}): CallState {
	return choiceIds.reduce((state, id) => choose(scenario, state, id), start(scenario, options));
}
