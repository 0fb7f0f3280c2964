/**
 * The map of a call: the scenario's graph laid out once, at build time, by dagre (a small,
 * well-kept layered-graph layout). The layout carries no words, so one file serves every
 * language; the debrief and the trainers' page draw it and label it in the page's language.
 */
import dagre from '@dagrejs/dagre';
import type { ScenarioGraph } from './types.ts';

/** A node's place on the map (centre), and what kind of turn it is. */
export interface MapNode {
	id: string;
	x: number;
	y: number;
	/** How the call ends here, on an ending. */
	end?: string;
}

/** A way from one node to another: a reply, an arrival jump, or a shift going on to its next call. */
export interface MapEdge {
	from: string;
	to: string;
	kind: 'reply' | 'jump' | 'then';
	/** The reply's id, for `reply`. */
	choice?: string;
	/** The line to draw, from the layout. */
	points: { x: number; y: number }[];
}

export interface CallMapLayout {
	/** Scenario id. */
	id: string;
	width: number;
	height: number;
	/** Radius of a node's dot. */
	radius: number;
	nodes: MapNode[];
	edges: MapEdge[];
}

const RADIUS = 9;

/** Lays out a scenario's graph top to bottom: the start at the top, endings at the bottom. */
export function layoutCallMap(scenario: ScenarioGraph): CallMapLayout {
	const graph = new dagre.graphlib.Graph({ multigraph: true });
	graph.setGraph({ rankdir: 'TB', nodesep: 14, ranksep: 36, edgesep: 6, marginx: RADIUS + 2, marginy: RADIUS + 2 });
	graph.setDefaultEdgeLabel(() => ({}));
	for (const id of Object.keys(scenario.nodes)) graph.setNode(id, { width: RADIUS * 2, height: RADIUS * 2 });
	const edges: Omit<MapEdge, 'points'>[] = [];
	for (const [id, node] of Object.entries(scenario.nodes)) {
		for (const choice of node.choices ?? []) edges.push({ from: id, to: choice.next, kind: 'reply', choice: choice.id });
		for (const rule of node.branch ?? []) edges.push({ from: id, to: rule.next, kind: 'jump' });
		if (node.then) edges.push({ from: id, to: node.then, kind: 'then' });
	}
	edges.forEach((edge, i) => graph.setEdge(edge.from, edge.to, {}, String(i)));
	dagre.layout(graph);
	const round = (value: number) => Math.round(value * 10) / 10;
	const label = graph.graph();
	return {
		id: scenario.id,
		width: Math.ceil(label.width ?? 0),
		height: Math.ceil(label.height ?? 0),
		radius: RADIUS,
		nodes: Object.entries(scenario.nodes).map(([id, node]) => {
			const placed = graph.node(id);
			return { id, x: round(placed.x), y: round(placed.y), ...(node.end ? { end: node.end } : {}) };
		}),
		edges: edges.map((edge, i) => ({
			...edge,
			points: (graph.edge({ v: edge.from, w: edge.to, name: String(i) })?.points ?? []).map((p: { x: number; y: number }) => ({
				x: round(p.x),
				y: round(p.y),
			})),
		})),
	};
}
