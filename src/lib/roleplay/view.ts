/**
 * What the call screen shows of a scenario, decided here so the island only renders: who a line
 * is from, which choice a step refers to, which module a turn points to.
 */

/** How a transcript line is shown: the other person's line, the learner's own, or narration. */
export type LineKind = 'other' | 'you' | 'narrator';

/**
 * Whose line it is, seen from the learner playing `side`. A line on the learner's side that carries
 * its own name is someone else on that side (a colleague taking a transfer), not the learner.
 */
export function lineKind(speaker: 'caller' | 'agent' | 'narrator', side: 'caller' | 'agent', named = false): LineKind {
	if (speaker === 'narrator') return 'narrator';
	return speaker === side && !named ? 'you' : 'other';
}

interface NodesWithChoices<C extends { id: string; module?: string }> {
	nodes: Record<string, { choices?: C[]; module?: string } | undefined>;
}

/** The choice `choiceId` offered at `nodeId`, if the scenario has it. */
export function findChoice<C extends { id: string }>(scenario: NodesWithChoices<C>, nodeId: string, choiceId: string): C | undefined {
	return scenario.nodes[nodeId]?.choices?.find((choice) => choice.id === choiceId);
}

/**
 * The module (`<track>/<slug>`) to read about a turn at `nodeId`: the reply's own when given,
 * else the node's, else the scenario's first; undefined when the scenario links none.
 */
export function moduleForNode(
	scenario: NodesWithChoices<{ id: string; module?: string }> & { modules: readonly string[] },
	nodeId: string,
	choiceId?: string,
): string | undefined {
	const choice = choiceId === undefined ? undefined : findChoice(scenario, nodeId, choiceId);
	return choice?.module ?? scenario.nodes[nodeId]?.module ?? scenario.modules[0];
}

/** The line a node says in a given wording (`variant` -1: its own `line`). */
export function lineOf(node: { line: string; variants?: { line: string }[] } | undefined, variant: number): string {
	if (!node) return '';
	return (variant >= 0 ? node.variants?.[variant]?.line : undefined) ?? node.line;
}

/** How a reply compares with the others on offer at its turn, told in practice mode by colour, icon and word. */
export type Verdict = 'good' | 'mixed' | 'poor';

/**
 * The verdict on a reply from its own value among the values on offer: good when none was worth
 * more (or it starts the best call still possible), poor when it was the weakest on offer or lost
 * points outright, mixed in between.
 */
export function verdictOf(chosen: number, offered: readonly number[], onBestCall: boolean): Verdict {
	const EPSILON = 1e-9;
	const best = Math.max(...offered);
	const worst = Math.min(...offered);
	if (onBestCall || chosen >= best - EPSILON) return 'good';
	if (chosen <= worst + EPSILON || chosen < -EPSILON) return 'poor';
	return 'mixed';
}

/** A meter that moved on a turn, for saying it in words. */
export interface MeterChange {
	meter: 'mood' | 'patience' | 'stress';
	direction: 'rose' | 'fell';
	value: number;
}

/** The shown meters that moved between two readings, in the order they are shown. */
export function meterChanges(
	before: Record<string, number>,
	after: Record<string, number>,
	shown: readonly MeterChange['meter'][],
): MeterChange[] {
	return shown.flatMap((meter) => {
		const from = before[meter] ?? 0;
		const to = after[meter] ?? 0;
		return to === from ? [] : [{ meter, direction: to > from ? 'rose' : 'fell', value: to }];
	});
}

/** Modules to link from the debrief's costly turns: each module once, at its first turn. */
export function firstLinks<T extends { module?: string }>(turns: readonly T[]): (T & { showLink: boolean })[] {
	const seen = new Set<string>();
	return turns.map((turn) => {
		const showLink = turn.module !== undefined && !seen.has(turn.module);
		if (turn.module) seen.add(turn.module);
		return { ...turn, showLink };
	});
}
