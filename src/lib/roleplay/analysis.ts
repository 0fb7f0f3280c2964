import { available, choose, currentCall, start, type StartOptions } from './engine.ts';
import type { Dimension, Ending } from './schema.ts';
import type { CallState, ScenarioGraph } from './types.ts';

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

/**
 * Walks every reachable call (the graph is acyclic; states are memoised) and returns, for each
 * dimension, the best and worst totals still reachable from `state` — in the same units as scores.
 */
export function explore(scenario: ScenarioGraph) {
	const memo = new Map<string, Record<Dimension, Bounds>>();
	const endings = new Set<Ending>();
	const deadEnds: Analysis['deadEnds'] = [];
	const zero = () => Object.fromEntries(scenario.dimensions.map((d) => [d, { best: 0, worst: 0 }])) as Record<Dimension, Bounds>;

	const future = (state: CallState): Record<Dimension, Bounds> => {
		const key = stateKey(state);
		const known = memo.get(key);
		if (known) return known;
		if (memo.size > MAX_STATES) {
			throw new Error(`[both-ends:roleplay] ${scenario.id}: more than ${MAX_STATES} call states; simplify the scenario.`);
		}
		let result: Record<Dimension, Bounds>;
		// Every ending of a shift's call counts, not only the last.
		for (const call of state.calls) endings.add(call.ended);
		if (state.ended) {
			result = zero();
		} else {
			const choices = available(scenario, state);
			if (choices.length === 0) {
				deadEnds.push({ node: state.node, meters: state.meters, recordOpened: state.recordOpened });
				result = zero();
			} else {
				result = Object.fromEntries(scenario.dimensions.map((d) => [d, { best: -Infinity, worst: Infinity }])) as Record<Dimension, Bounds>;
				for (const choice of choices) {
					const after = future(choose(scenario, state, choice.id));
					for (const d of scenario.dimensions) {
						const gained = choice.score[d] ?? 0;
						result[d].best = Math.max(result[d].best, gained + after[d].best);
						result[d].worst = Math.min(result[d].worst, gained + after[d].worst);
					}
				}
			}
		}
		memo.set(key, result);
		return result;
	};

	return { future, endings, deadEnds };
}

/** Bounds per dimension, reachable endings and dead ends of a whole scenario, for one persona (the first when absent). */
export function analyse(scenario: ScenarioGraph, options: StartOptions = {}): Analysis {
	const walk = explore(scenario);
	const bounds = walk.future(start(scenario, options));
	return { bounds, endings: [...walk.endings].sort(), deadEnds: walk.deadEnds };
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

/**
 * Walks to the best (or worst) complete call from any state, by the sum of range-weighted points:
 * what a model learner (or the worst one) would still do and gain. Memoised per walker, so the
 * debrief can ask it at every turn of a call.
 */
export function extremeWalker(
	scenario: ScenarioGraph,
	bounds: Record<Dimension, Bounds>,
	goal: 'best' | 'worst',
): (state: CallState) => { value: number; choices: string[] } {
	const sign = goal === 'best' ? 1 : -1;
	const memo = new Map<string, { value: number; choices: string[] }>();
	const walk = (state: CallState): { value: number; choices: string[] } => {
		const key = stateKey(state);
		const known = memo.get(key);
		if (known) return known;
		let result = { value: 0, choices: [] as string[] };
		let found: { value: number; choices: string[] } | undefined;
		for (const choice of available(scenario, state)) {
			const gained = scenario.dimensions.reduce((sum, d) => sum + dimensionWeight(bounds, d) * (choice.score[d] ?? 0), 0);
			const after = walk(choose(scenario, state, choice.id));
			const total = sign * gained + after.value;
			if (!found || total > found.value) found = { value: total, choices: [choice.id, ...after.choices] };
		}
		if (found) result = found;
		memo.set(key, result);
		return result;
	};
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
