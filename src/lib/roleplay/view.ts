/**
 * What the call screen shows of a scenario, decided here so the island only renders: who a line
 * is from, which choice a step refers to, which module a turn points to.
 */

/** How a transcript line is shown: the other person's line, the learner's own, or narration. */
export type LineKind = 'other' | 'you' | 'narrator';

/** Whose line it is, seen from the learner playing `side`. */
export function lineKind(speaker: 'caller' | 'agent' | 'narrator', side: 'caller' | 'agent'): LineKind {
	if (speaker === 'narrator') return 'narrator';
	return speaker === side ? 'you' : 'other';
}

interface NodesWithChoices<C extends { id: string }> {
	nodes: Record<string, { choices?: C[]; module?: string } | undefined>;
}

/** The choice `choiceId` offered at `nodeId`, if the scenario has it. */
export function findChoice<C extends { id: string }>(scenario: NodesWithChoices<C>, nodeId: string, choiceId: string): C | undefined {
	return scenario.nodes[nodeId]?.choices?.find((choice) => choice.id === choiceId);
}

/**
 * The module (`<track>/<slug>`) to read about a turn at `nodeId`: the node's own, else the
 * scenario's first; undefined when the scenario links none.
 */
export function moduleForNode(
	scenario: NodesWithChoices<{ id: string }> & { modules: readonly string[] },
	nodeId: string,
): string | undefined {
	return scenario.nodes[nodeId]?.module ?? scenario.modules[0];
}
