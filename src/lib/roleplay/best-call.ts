import { extremePath, type Bounds } from './analysis.ts';
import type { StartOptions } from './engine.ts';
import type { Dimension } from './schema.ts';
import { retell } from './turns.ts';
import type { ScenarioGraph } from './types.ts';

/** The best call's turns (node, reply, and the wording heard there), for the map and its list. */
export function bestCallTurns(
	scenario: ScenarioGraph,
	bounds: Record<Dimension, Bounds>,
	options: StartOptions = {},
): { node: string; choice: string; variant: number }[] {
	const { turns } = retell(scenario, extremePath(scenario, bounds, 'best', options), options);
	return turns.map(({ node, choice, variant }) => ({ node, choice, variant }));
}
