import {
	analyse,
	bestFromWalker,
	bestOverall,
	dimensionWeight,
	measuring,
	overallShare,
	personaRuns,
	share,
	type Bounds,
} from './analysis.ts';
import { available, choose, start } from './engine.ts';
import type { Dimension, Ending } from './schema.ts';
import type { CallState, CallSummary, GraphChoice, ScenarioGraph } from './types.ts';

/** A turn where the learner chose a reply worth less than the best one on offer at that moment. */
export interface CostlyTurn {
	/** Index of the step in the call's path (for "try this turn again"). */
	step: number;
	/** Where it happened. */
	node: string;
	/** What the learner chose. */
	chosen: string;
	/** The best reply on offer at that turn, in that state. */
	better: string;
	/** How much it cost, as a share of the whole call's possible range (0–1, summed over dimensions / their count). */
	cost: number;
}

export interface Debrief {
	/** How the scenario ended (a shift: how its last call ended). */
	outcome: Ending;
	/** Simulated seconds, hold included (a shift: all its calls). */
	handleSeconds: number;
	holdSeconds: number;
	transfers: number;
	recordOpened: boolean;
	/** Every call, in order: one for a single call, several for a shift. */
	calls: CallSummary[];
	/** The agent's stress after each step, starting value first: the stress curve. */
	stressCurve: number[];
	/** Share of what was possible, per dimension, 0–1. */
	shares: Record<Dimension, number>;
	/** Mean of the shares. */
	overall: number;
	/** The best overall share any call of this scenario reaches (with this persona). */
	bestOverall: number;
	/** Every turn that cost something against the best reply then on offer, in call order. */
	costly: CostlyTurn[];
}

/** Thrown when a debrief is asked for a call that has not ended. */
export class CallNotEndedError extends Error {
	constructor(scenarioId: string) {
		super(`[both-ends:roleplay] ${scenarioId}: the call has not ended, so there is no debrief yet.`);
		this.name = 'CallNotEndedError';
	}
}

const EPSILON = 1e-9;

/** What a scenario allows, worked out at build time: per dimension bounds and the best overall share. */
export interface Allowance {
	bounds: Record<Dimension, Bounds>;
	bestOverall: number;
}

/**
 * What a reply is worth at its turn: its own points, each dimension weighted by its range so no
 * dimension dominates. Only the reply itself counts, not the points it opens or closes later on:
 * a reply that looks after the agent (a reset, a word with a colleague) is never costly for the
 * warmer replies a stressed agent can no longer find.
 */
export function replyValue(
	choice: Pick<GraphChoice, 'score'>,
	dimensions: readonly Dimension[],
	bounds: Record<Dimension, Bounds>,
): number {
	return dimensions.reduce((sum, d) => sum + (dimensionWeight(bounds, d) * (choice.score[d] ?? 0)) / dimensions.length, 0);
}

/** How a reply stood at its turn: its own value, the values on offer, and whether it starts the best call still possible. */
export interface ReplyStanding {
	value: number;
	/** Every reply on offer: its own value, and its value counting the best call it still allows. */
	offered: { id: string; value: number; full: number }[];
	onBestCall: boolean;
}

/** A judge of replies for one scenario and persona: memoises the best call reachable from each state. */
export function replyJudge(scenario: ScenarioGraph, allowance: Allowance): (state: CallState, choiceId: string) => ReplyStanding {
	const { bounds } = allowance;
	const bestFrom = bestFromWalker(scenario, bounds);
	// Same units as `replyValue` (which also divides by the number of dimensions).
	const full = (from: CallState, choice: GraphChoice) =>
		replyValue(choice, scenario.dimensions, bounds) + bestFrom(choose(scenario, from, choice.id)) / scenario.dimensions.length;
	return (state, choiceId) => {
		const options = available(scenario, state);
		const chosen = options.find((option) => option.id === choiceId);
		if (!chosen) return { value: 0, offered: [], onBestCall: false };
		const offered = options.map((option) => ({
			id: option.id,
			value: replyValue(option, scenario.dimensions, bounds),
			full: full(state, option),
		}));
		const onBestCall = (offered.find((o) => o.id === choiceId)?.full ?? -Infinity) >= Math.max(...offered.map((o) => o.full)) - EPSILON;
		return { value: replyValue(chosen, scenario.dimensions, bounds), offered, onBestCall };
	};
}

/**
 * The best reply on offer at a turn: most points of its own; among equals, the one that starts the
 * best call. What a costly turn is measured against, and what *say it first* puts beside the
 * learner's own words.
 */
export function bestOffered(standing: ReplyStanding): ReplyStanding['offered'][number] {
	const [first, ...rest] = standing.offered;
	if (!first) throw new Error('[both-ends:roleplay] a turn with no reply on offer has no best reply.');
	return rest.reduce(
		(top, option) =>
			option.value > top.value + EPSILON || (option.value > top.value - EPSILON && option.full > top.full + EPSILON) ? option : top,
		first,
	);
}

/**
 * The debrief of a finished call. Deterministic: the same scenario and choices always give the
 * same debrief. A turn is costly when a reply on offer at that turn, in that state, was worth
 * more on its own points than the one chosen — unless the chosen reply was itself the start of
 * the best call still possible (a sacrifice now that pays later is not a mistake). Its cost is
 * the difference in own points; what a reply closes later is never counted against it.
 */
export function debrief(
	scenario: ScenarioGraph,
	state: CallState,
	allowance: Allowance,
	judge: ReturnType<typeof replyJudge> = replyJudge(scenario, allowance),
): Debrief {
	if (!state.ended) throw new CallNotEndedError(scenario.id);
	const { bounds } = allowance;
	const shares = Object.fromEntries(scenario.dimensions.map((d) => [d, share(state.scores[d] ?? 0, bounds[d])])) as Record<
		Dimension,
		number
	>;
	const overall = overallShare(scenario.dimensions, state.scores, bounds);

	const costly: CostlyTurn[] = [];
	let at = start(scenario, { persona: state.persona, seed: state.seed });
	const stressCurve = [at.meters.stress];
	state.path.forEach((step, index) => {
		const standing = judge(at, step.choice);
		const best = bestOffered(standing);
		const cost = best.value - standing.value;
		if (cost > EPSILON && !standing.onBestCall) costly.push({ step: index, node: step.node, chosen: step.choice, better: best.id, cost });
		at = choose(scenario, at, step.choice);
		stressCurve.push(at.meters.stress);
	});

	return {
		outcome: state.ended,
		handleSeconds: state.seconds,
		holdSeconds: state.holdSeconds,
		transfers: state.transfers,
		recordOpened: state.recordOpened,
		calls: state.calls,
		stressCurve,
		shares,
		overall,
		bestOverall: Math.max(overall, allowance.bestOverall),
		costly,
	};
}

/**
 * Allowances already worked out, per scenario object. Walking a scenario's whole graph is the
 * costliest step of a build that is not per module: its role-play page, its review turns in three
 * languages and the role cards each need it, so it is done once per scenario. Keyed by the object
 * itself, so content changed in `astro dev` (a new object) is walked again.
 */
const allowanceCache = new WeakMap<ScenarioGraph, Readonly<Record<string, Allowance>>>();

/**
 * Allowances worked out in this process, by the scenario's content (its JSON), in a production
 * build. `astro build` checks each scenario it loads in the content layer (`ShippedScenarioSchema`;
 * all of them when Astro's content cache is empty, as on a fresh clone), which walks the same
 * states, then renders the pages from a bundle with its own copy of this module and its own
 * scenario objects, so neither this module's cache nor one keyed by object reaches them: a
 * thousand-module build walked every graph again, 1.6 s of its rendering. Keyed by content, an
 * edited scenario is walked again. Not kept by the dev server, where the code that works them out
 * can change while it runs, nor outside Vite (`import.meta.env` is undefined there).
 */
function workedOut(): Map<string, Readonly<Record<string, Allowance>>> | undefined {
	if (!import.meta.env?.PROD) return undefined;
	// Made on first use, not on import: the browser's call screen imports this module without it.
	return ((globalThis as Record<symbol, unknown>)[Symbol.for('both-ends:roleplay-allowances')] ??= new Map()) as Map<
		string,
		Readonly<Record<string, Allowance>>
	>;
}

/** Scenarios `workedOut()` keeps at most: the site has a dozen. */
const WORKED_OUT_LIMIT = 64;

/** What a scenario allows for each persona, worked out now (no cache); the pages use `allowances()`. */
export function workOutAllowances(scenario: ScenarioGraph): Readonly<Record<string, Allowance>> {
	return measuring(scenario, () =>
		Object.fromEntries(
			personaRuns(scenario).map((persona) => {
				const options = persona ? { persona } : {};
				const { bounds } = analyse(scenario, options);
				return [persona ?? 'default', { bounds, bestOverall: bestOverall(scenario, bounds, options) }];
			}),
		),
	);
}

/** What a scenario allows for each persona (key `default` when it has none), for the page to pass to the call screen. */
export function allowances(scenario: ScenarioGraph): Readonly<Record<string, Allowance>> {
	const known = allowanceCache.get(scenario);
	if (known) return known;
	const registry = workedOut();
	const content = registry ? JSON.stringify(scenario) : '';
	let worked = registry?.get(content);
	if (!worked) {
		worked = workOutAllowances(scenario);
		if (registry) {
			if (registry.size >= WORKED_OUT_LIMIT) registry.delete(registry.keys().next().value!);
			registry.set(content, worked);
		}
	}
	allowanceCache.set(scenario, worked);
	return worked;
}

/**
 * Works out what a scenario allows and keeps it for the pages, where a build keeps it (see
 * `workedOut()`); does nothing elsewhere. The content check calls it with the states just walked.
 */
export function keepAllowances(scenario: ScenarioGraph): void {
	if (workedOut()) allowances(scenario);
}

/** The allowance for the persona a call was played with. */
export function allowanceFor(all: Readonly<Record<string, Allowance>>, persona: string | undefined): Allowance {
	const found = all[persona ?? 'default'] ?? Object.values(all)[0];
	if (!found) throw new Error('[both-ends:roleplay] no allowance was computed for this scenario.');
	return found;
}
