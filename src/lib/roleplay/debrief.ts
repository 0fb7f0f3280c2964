import { explore, share, type Analysis } from './analysis';
import { available, choose, start } from './engine';
import type { Dimension, Ending } from './schema';
import type { CallState, ScenarioGraph } from './types';

/** A turn where the learner lost the most against the best choice they had. */
export interface PivotalTurn {
	/** Where it happened. */
	node: string;
	/** What the learner chose. */
	chosen: string;
	/** The best choice at that point (by what was still reachable after it). */
	better: string;
	/** How much it cost, as a share of the whole call's possible range (0–1, summed over dimensions / their count). */
	cost: number;
}

export interface Debrief {
	outcome: Ending;
	/** Simulated seconds, hold included. */
	handleSeconds: number;
	holdSeconds: number;
	transfers: number;
	recordOpened: boolean;
	/** Share of what was possible, per dimension, 0–1. */
	shares: Record<Dimension, number>;
	/** Mean of the shares. */
	overall: number;
	/** The two or three choices that cost the most, largest first. */
	pivotal: PivotalTurn[];
}

/** Thrown when a debrief is asked for a call that has not ended. */
export class CallNotEndedError extends Error {
	constructor(scenarioId: string) {
		super(`[both-ends:roleplay] ${scenarioId}: the call has not ended, so there is no debrief yet.`);
		this.name = 'CallNotEndedError';
	}
}

const MAX_PIVOTAL = 3;
const EPSILON = 1e-9;

/**
 * The debrief of a finished call. Deterministic: the same scenario and choices always give the
 * same debrief. A choice's value is its own points plus the best still reachable after it, with
 * each dimension weighted by its range so no dimension dominates.
 */
export function debrief(scenario: ScenarioGraph, state: CallState, analysis: Pick<Analysis, 'bounds'>): Debrief {
	if (!state.ended) throw new CallNotEndedError(scenario.id);
	const { bounds } = analysis;
	const shares = Object.fromEntries(scenario.dimensions.map((d) => [d, share(state.scores[d] ?? 0, bounds[d])])) as Record<
		Dimension,
		number
	>;
	const overall = scenario.dimensions.reduce((sum, d) => sum + shares[d], 0) / Math.max(1, scenario.dimensions.length);

	const walk = explore(scenario);
	const weight = (d: Dimension) => {
		const range = bounds[d].best - bounds[d].worst;
		return range > 0 ? 1 / (range * scenario.dimensions.length) : 0;
	};
	const value = (from: CallState, choiceId: string) => {
		const choice = available(scenario, from).find((c) => c.id === choiceId);
		const after = walk.future(choose(scenario, from, choiceId));
		return scenario.dimensions.reduce((sum, d) => sum + weight(d) * ((choice?.score[d] ?? 0) + after[d].best), 0);
	};

	const turns: PivotalTurn[] = [];
	let at = start(scenario);
	for (const step of state.path) {
		const options = available(scenario, at);
		let better = step.choice;
		let bestValue = value(at, step.choice);
		const chosenValue = bestValue;
		for (const option of options) {
			const candidate = value(at, option.id);
			if (candidate > bestValue + EPSILON) {
				bestValue = candidate;
				better = option.id;
			}
		}
		if (bestValue - chosenValue > EPSILON) {
			turns.push({ node: step.node, chosen: step.choice, better, cost: bestValue - chosenValue });
		}
		at = choose(scenario, at, step.choice);
	}
	const pivotal = turns
		.map((turn, index) => ({ turn, index }))
		.sort((a, b) => b.turn.cost - a.turn.cost || a.index - b.index)
		.slice(0, MAX_PIVOTAL)
		.map(({ turn }) => turn);

	return {
		outcome: state.ended,
		handleSeconds: state.seconds,
		holdSeconds: state.holdSeconds,
		transfers: state.transfers,
		recordOpened: state.recordOpened,
		shares,
		overall,
		pivotal,
	};
}
