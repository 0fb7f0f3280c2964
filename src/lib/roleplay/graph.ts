import { analyse, personaRuns } from './analysis.ts';
import type { GraphCondition, ScenarioGraph } from './types.ts';

/** A problem in a scenario: where it is (path inside the file) and what to do about it. */
export interface GraphIssue {
	path: (string | number)[];
	message: string;
}

function successors(scenario: ScenarioGraph, id: string): string[] {
	const node = scenario.nodes[id];
	if (!node) return [];
	return [...(node.branch ?? []).map((b) => b.next), ...(node.choices ?? []).map((c) => c.next), ...(node.then ? [node.then] : [])];
}

/** Every condition in the scenario, with where it is. */
function conditions(scenario: ScenarioGraph): { path: (string | number)[]; when: GraphCondition }[] {
	return Object.entries(scenario.nodes).flatMap(([id, node]) => [
		...(node.branch ?? []).map((rule, i) => ({ path: ['nodes', id, 'branch', i, 'when'], when: rule.when })),
		...(node.variants ?? []).map((variant, i) => ({ path: ['nodes', id, 'variants', i, 'when'], when: variant.when })),
		...(node.choices ?? []).flatMap((choice, i) => (choice.when ? [{ path: ['nodes', id, 'choices', i, 'when'], when: choice.when }] : [])),
	]);
}

/** Facts and personas named in conditions must exist: a typo would silently never hold. */
function nameIssues(scenario: ScenarioGraph, personas: ReadonlySet<string>): GraphIssue[] {
	const facts = new Set(Object.values(scenario.nodes).flatMap((node) => (node.choices ?? []).flatMap((choice) => choice.set ?? [])));
	const issues: GraphIssue[] = [];
	for (const { path, when } of conditions(scenario)) {
		for (const fact of [...(when.has ?? []), ...(when.lacks ?? [])]) {
			if (!facts.has(fact))
				issues.push({ path, message: `fact "${fact}" is never set by a choice ("set: [${fact}]"); check the spelling.` });
		}
		if (when.persona !== undefined && !personas.has(when.persona)) {
			issues.push({ path: [...path, 'persona'], message: `persona "${when.persona}" is not one of this scenario's personas.` });
		}
	}
	return issues;
}

/** Structure: every node well-formed, every target known, every score on a listed dimension. */
function structureIssues(scenario: ScenarioGraph): GraphIssue[] {
	const issues: GraphIssue[] = [];
	const known = (id: string) => Object.hasOwn(scenario.nodes, id);
	if (!known(scenario.start)) {
		issues.push({ path: ['start'], message: `start node "${scenario.start}" does not exist.` });
	}
	for (const [id, node] of Object.entries(scenario.nodes)) {
		const hasChoices = node.choices !== undefined;
		if (hasChoices && node.end) {
			issues.push({ path: ['nodes', id], message: `node "${id}" has both choices and an ending; keep one.` });
		}
		if (!hasChoices && !node.end) {
			issues.push({
				path: ['nodes', id],
				message: `node "${id}" has no choices and no ending: add choices, or "end: resolved" (or another ending).`,
			});
		}
		if (node.then !== undefined && !node.end) {
			issues.push({
				path: ['nodes', id, 'then'],
				message: `node "${id}" has "then" but no ending: "then" says where a shift goes on after a call ends.`,
			});
		}
		if (node.then !== undefined && !known(node.then)) {
			issues.push({ path: ['nodes', id, 'then'], message: `node "${id}" goes on to unknown node "${node.then}".` });
		}
		if (hasChoices && node.choices?.length === 0) {
			issues.push({ path: ['nodes', id, 'choices'], message: `node "${id}" has an empty choice list.` });
		}
		node.branch?.forEach((rule, i) => {
			if (!known(rule.next)) {
				issues.push({ path: ['nodes', id, 'branch', i, 'next'], message: `branch of node "${id}" goes to unknown node "${rule.next}".` });
			}
		});
		const seen = new Set<string>();
		node.choices?.forEach((choice, i) => {
			if (seen.has(choice.id)) {
				issues.push({ path: ['nodes', id, 'choices', i, 'id'], message: `choice id "${choice.id}" is used twice in node "${id}".` });
			}
			seen.add(choice.id);
			if (!known(choice.next)) {
				issues.push({
					path: ['nodes', id, 'choices', i, 'next'],
					message: `choice "${choice.id}" of node "${id}" goes to unknown node "${choice.next}".`,
				});
			}
			for (const dimension of Object.keys(choice.score)) {
				if (!(scenario.dimensions as string[]).includes(dimension)) {
					issues.push({
						path: ['nodes', id, 'choices', i, 'score', dimension],
						message: `choice "${choice.id}" of node "${id}" scores "${dimension}", which is not in this scenario's dimensions (${scenario.dimensions.join(', ')}).`,
					});
				}
			}
		});
	}
	return issues;
}

/** Nodes no call can reach from the start. */
function unreachableIssues(scenario: ScenarioGraph): GraphIssue[] {
	const reached = new Set<string>();
	const queue = [scenario.start];
	while (queue.length > 0) {
		const id = queue.pop()!;
		if (reached.has(id) || !scenario.nodes[id]) continue;
		reached.add(id);
		queue.push(...successors(scenario, id));
	}
	return Object.keys(scenario.nodes)
		.filter((id) => !reached.has(id))
		.map((id) => ({ path: ['nodes', id], message: `node "${id}" cannot be reached from the start node "${scenario.start}".` }));
}

/** The first cycle found, reported at the node that closes it. */
function cycleIssues(scenario: ScenarioGraph): GraphIssue[] {
	const state = new Map<string, 'open' | 'done'>();
	const trail: string[] = [];
	const visit = (id: string): GraphIssue | undefined => {
		if (state.get(id) === 'done' || !scenario.nodes[id]) return undefined;
		if (state.get(id) === 'open') {
			const loop = [...trail.slice(trail.indexOf(id)), id];
			return { path: ['nodes', id], message: `the call can go round in a circle: ${loop.join(' → ')}. Calls must move forward.` };
		}
		state.set(id, 'open');
		trail.push(id);
		for (const next of successors(scenario, id)) {
			const found = visit(next);
			if (found) return found;
		}
		trail.pop();
		state.set(id, 'done');
		return undefined;
	};
	for (const id of [scenario.start, ...Object.keys(scenario.nodes)]) {
		const found = visit(id);
		if (found) return [found];
	}
	return [];
}

/**
 * Every rule a scenario's graph must keep, checked in order; later checks only run once the
 * earlier ones pass, because they need a sound graph to walk.
 */
export function graphIssues(scenario: ScenarioGraph, personas: ReadonlySet<string> = new Set()): GraphIssue[] {
	const structure = [...structureIssues(scenario), ...nameIssues(scenario, personas)];
	if (structure.length > 0) return structure;
	const shape = [...unreachableIssues(scenario), ...cycleIssues(scenario)];
	if (shape.length > 0) return shape;
	const deadEnds = personaRuns(scenario).flatMap((persona) => analyse(scenario, persona ? { persona } : {}).deadEnds);
	const seen = new Set<string>();
	return deadEnds
		.filter((dead) => !seen.has(dead.node) && seen.add(dead.node))
		.map((dead) => ({
			path: ['nodes', dead.node, 'choices'],
			message: `a call can get stuck at node "${dead.node}": no choice is available when mood=${dead.meters.mood}, patience=${dead.meters.patience}, stress=${dead.meters.stress}, record ${dead.recordOpened ? 'opened' : 'not opened'}. Add a choice without "when", so the call always ends.`,
		}));
}
