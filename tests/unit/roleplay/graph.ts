import type { GraphChoice, ScenarioGraph } from '../../../src/lib/roleplay/types.ts';

/** A reply with no points and no effects unless given: a hand-built graph says only what it tests. */
export const reply = (id: string, next: string, extra: Partial<GraphChoice> = {}): GraphChoice => ({
	id,
	next,
	score: {},
	effects: {},
	...extra,
});

/** A hand-built scenario graph, with calm meters (mood 50, patience 50, stress 20) unless it gives its own. */
export function graph(scenario: Omit<ScenarioGraph, 'meters'> & Partial<Pick<ScenarioGraph, 'meters'>>): ScenarioGraph {
	return { meters: { mood: 50, patience: 50, stress: 20 }, ...scenario };
}
