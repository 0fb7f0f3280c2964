import { available, choose, currentCall, start, type StartOptions } from './engine.ts';
import type { Dimension, Ending } from './schema.ts';
import type { CallState, GraphChoice, ScenarioGraph } from './types.ts';

/** Best and worst total a dimension can reach over all complete calls. */
export interface Bounds {
	best: number;
	worst: number;
}

export interface Analysis {
	/** Per scored dimension, over every reachable complete call. */
	bounds: Record<Dimension, Bounds>;
	/** The endings some call reaches. */
	endings: Ending[];
	/** Reachable states where the call has not ended and no choice is available. */
	deadEnds: { node: string; meters: CallState['meters']; recordOpened: boolean }[];
}

/** States explored before giving up: a scenario this large is a content mistake. */
const MAX_STATES = 200_000;

/**
 * What only the future depends on: node, meters, record, facts, persona, which call of a shift,
 * and the current call's clock (time conditions can test it).
 */
export function stateKey(state: CallState): string {
	const { mood, patience, stress } = state.meters;
	const call = currentCall(state);
	return [
		state.node,
		mood,
		patience,
		stress,
		state.recordOpened ? 1 : 0,
		state.facts.join(','),
		state.persona ?? '',
		state.calls.length,
		call.seconds,
		call.holdSeconds,
		call.transfers,
	].join('|');
}

/** A reply on offer in a state, and the state it leads to. */
export interface Move {
	choice: GraphChoice;
	/**
	 * The state after the reply, from the first state with this key that was asked about: read its
	 * key, meters, node and what it `arrived` at, not its `path` or `scores`, which are that state's.
	 */
	next: CallState;
	/** `stateKey(next)`. */
	key: string;
}

/** What is known of a scenario's states, by state key (`stateKey`). */
interface StateSpace {
	/** The replies on offer in a state and where each leads. */
	moves: Map<string, Move[]>;
	/** The best and worst totals per dimension still reachable from a state. */
	future: Map<string, Record<Dimension, Bounds>>;
	/** The walks to the best and worst calls, per bounds they weigh dimensions by. */
	walkers: WeakMap<Record<Dimension, Bounds>, Partial<Record<'best' | 'worst', ExtremeWalk>>>;
	/**
	 * Whether `moves` keeps what it learns: only while `measuring`. A single walk (the debrief in the
	 * browser) needs each state's moves once, and keeping them would hold every state it passed.
	 */
	keepsMoves: boolean;
}

const newSpace = (keepsMoves: boolean): StateSpace => ({ moves: new Map(), future: new Map(), walkers: new WeakMap(), keepsMoves });

/** The state spaces kept while `measuring` a scenario. */
const measured = new WeakMap<ScenarioGraph, StateSpace>();

/**
 * Runs `work`, which measures `scenario` several times over (the graph rules, the bounds, the best
 * and worst calls, the authoring figures), with the scenario's states worked out once for all of
 * them: `choose` is what costs, and they all walk the same states. A key holds everything the
 * future depends on, so every state with it has the same replies, leading to states with the same
 * keys. The states are let go when `work` returns: kept, they would hold hundreds of megabytes of
 * a large scenario for as long as the scenario lives (a whole build, or a page with a call on it).
 */
export function measuring<T>(scenario: ScenarioGraph, work: () => T): T {
	if (measured.has(scenario)) return work();
	measured.set(scenario, newSpace(true));
	try {
		return work();
	} finally {
		measured.delete(scenario);
	}
}

/** The space kept while `measuring` the scenario, else one for a single walk. */
const spaceOf = (scenario: ScenarioGraph): StateSpace => measured.get(scenario) ?? newSpace(false);

function movesIn(space: StateSpace, scenario: ScenarioGraph, state: CallState, key: string): Move[] {
	let moves = space.moves.get(key);
	if (!moves) {
		moves = available(scenario, state).map((choice) => {
			const next = choose(scenario, state, choice.id);
			return { choice, next, key: stateKey(next) };
		});
		if (space.keepsMoves) space.moves.set(key, moves);
	}
	return moves;
}

/** The replies on offer in `state` (whose key is `key`) and where each leads; none once the call has ended. */
export function movesFrom(scenario: ScenarioGraph, state: CallState, key: string = stateKey(state)): Move[] {
	return movesIn(spaceOf(scenario), scenario, state, key);
}

function exploreIn(space: StateSpace, scenario: ScenarioGraph) {
	const future = (state: CallState, key: string = stateKey(state)): Record<Dimension, Bounds> => {
		const known = space.future.get(key);
		if (known) return known;
		if (space.future.size >= MAX_STATES) {
			throw new Error(`[both-ends:roleplay] ${scenario.id}: more than ${MAX_STATES} call states; simplify the scenario.`);
		}
		const result = {} as Record<Dimension, Bounds>;
		const moves = movesIn(space, scenario, state, key);
		for (const d of scenario.dimensions) result[d] = moves.length === 0 ? { best: 0, worst: 0 } : { best: -Infinity, worst: Infinity };
		for (const { choice, next, key: nextKey } of moves) {
			const after = future(next, nextKey);
			for (const d of scenario.dimensions) {
				const gained = choice.score[d] ?? 0;
				result[d].best = Math.max(result[d].best, gained + after[d].best);
				result[d].worst = Math.min(result[d].worst, gained + after[d].worst);
			}
		}
		space.future.set(key, result);
		return result;
	};
	return { future };
}

/**
 * Walks every reachable call (the graph is acyclic; states are memoised) and returns, for each
 * dimension, the best and worst totals still reachable from `state` — in the same units as scores.
 */
export function explore(scenario: ScenarioGraph) {
	return exploreIn(spaceOf(scenario), scenario);
}

/** Bounds per dimension, reachable endings and dead ends of a whole scenario, for one persona (the first when absent). */
export function analyse(scenario: ScenarioGraph, options: StartOptions = {}): Analysis {
	return measuring(scenario, () => analyseIn(spaceOf(scenario), scenario, options));
}

function analyseIn(space: StateSpace, scenario: ScenarioGraph, options: StartOptions): Analysis {
	const origin = start(scenario, options);
	const bounds = exploreIn(space, scenario).future(origin);
	// Endings and dead ends from the states now known (one visit each, no choices made again).
	const endings = new Set<Ending>();
	const deadEnds: Analysis['deadEnds'] = [];
	const seen = new Set<string>();
	const visit = (state: CallState, key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		// Every ending of a shift's call counts, not only the last.
		for (const call of state.calls) endings.add(call.ended);
		const moves = movesIn(space, scenario, state, key);
		if (moves.length === 0 && !state.ended) deadEnds.push({ node: state.node, meters: state.meters, recordOpened: state.recordOpened });
		for (const move of moves) visit(move.next, move.key);
	};
	visit(origin, stateKey(origin));
	return { bounds, endings: [...endings].sort(), deadEnds };
}

/** A total as a share of what was possible: 0 at the worst reachable, 1 at the best. */
export function share(total: number, bounds: Bounds): number {
	if (bounds.best === bounds.worst) return 1;
	return Math.min(1, Math.max(0, (total - bounds.worst) / (bounds.best - bounds.worst)));
}

/**
 * How much one point of a dimension weighs: one over its reachable range, so every dimension
 * counts the same whatever its scale (0 for a dimension no call can move).
 */
export function dimensionWeight(bounds: Record<Dimension, Bounds>, dimension: Dimension): number {
	const range = bounds[dimension].best - bounds[dimension].worst;
	return range > 0 ? 1 / range : 0;
}

/** Mean of the per-dimension shares of `scores`: the overall figure of a call. */
export function overallShare(
	dimensions: readonly Dimension[],
	scores: Partial<Record<Dimension, number>>,
	bounds: Record<Dimension, Bounds>,
): number {
	return dimensions.reduce((sum, d) => sum + share(scores[d] ?? 0, bounds[d]), 0) / Math.max(1, dimensions.length);
}

/** The best (or worst) weighted total still reachable from a state, and the choices that reach it. */
export type ExtremeWalk = (state: CallState, key?: string) => { value: number; choices: string[] };

/**
 * Walks to the best (or worst) complete call from any state, by the sum of range-weighted points:
 * what a model learner (or the worst one) would still do and gain. Memoised per walker, so the
 * debrief can ask it at every turn of a call (and shared while `measuring`).
 */
export function extremeWalker(scenario: ScenarioGraph, bounds: Record<Dimension, Bounds>, goal: 'best' | 'worst'): ExtremeWalk {
	// While measuring, the same walk for the same bounds (the object `explore` keeps), whoever asks:
	// the authoring figures and the best call's share both want the best call.
	const space = spaceOf(scenario);
	const shared = space.walkers.get(bounds)?.[goal];
	if (shared) return shared;
	const sign = goal === 'best' ? 1 : -1;
	const memo = new Map<string, { value: number; choices: string[] }>();
	const walk = (state: CallState, key: string = stateKey(state)): { value: number; choices: string[] } => {
		const known = memo.get(key);
		if (known) return known;
		let result = { value: 0, choices: [] as string[] };
		let found: { value: number; choices: string[] } | undefined;
		for (const { choice, next, key: nextKey } of movesIn(space, scenario, state, key)) {
			const gained = scenario.dimensions.reduce((sum, d) => sum + dimensionWeight(bounds, d) * (choice.score[d] ?? 0), 0);
			const after = walk(next, nextKey);
			const total = sign * gained + after.value;
			if (!found || total > found.value) found = { value: total, choices: [choice.id, ...after.choices] };
		}
		if (found) result = found;
		memo.set(key, result);
		return result;
	};
	space.walkers.set(bounds, { ...space.walkers.get(bounds), [goal]: walk });
	return walk;
}

/** The best weighted total still reachable from a state: what a model learner would still gain. */
export function bestFromWalker(scenario: ScenarioGraph, bounds: Record<Dimension, Bounds>): (state: CallState) => number {
	const walk = extremeWalker(scenario, bounds, 'best');
	return (state) => walk(state).value;
}

/** The choice ids of the best (or worst) complete call. Used by tests, the map and "what was possible". */
export function extremePath(
	scenario: ScenarioGraph,
	bounds: Record<Dimension, Bounds>,
	goal: 'best' | 'worst',
	options: StartOptions = {},
): string[] {
	return extremeWalker(scenario, bounds, goal)(start(scenario, options)).choices;
}

/** The overall share (mean of dimension shares) of the best complete call, for one persona. */
export function bestOverall(scenario: ScenarioGraph, bounds: Record<Dimension, Bounds>, options: StartOptions = {}): number {
	const path = extremePath(scenario, bounds, 'best', options);
	const state = path.reduce((at, id) => choose(scenario, at, id), start(scenario, options));
	return overallShare(scenario.dimensions, state.scores, bounds);
}

/** Persona ids to analyse: each persona, or one unnamed run when the scenario has none. */
export function personaRuns(scenario: ScenarioGraph): (string | undefined)[] {
	return scenario.personas?.map((p) => p.id) ?? [undefined];
}
