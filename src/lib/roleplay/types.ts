import type { Dimension, Ending, Meter } from './schema.ts';

export type Meters = Record<Meter, number>;

/**
 * The structure the engine needs, whatever the text inside: it runs on a scenario as parsed
 * (`{ en, fr, it }` strings) and on a page's one-language copy alike.
 */
export interface GraphCondition {
	mood?: Bound;
	patience?: Bound;
	stress?: Bound;
	record?: boolean;
}
export interface Bound {
	lt?: number;
	lte?: number;
	gt?: number;
	gte?: number;
}
export interface GraphChoice {
	id: string;
	action?: 'hold' | 'transfer' | 'record' | 'end';
	score: Partial<Record<Dimension, number>>;
	effects: Partial<Record<Meter | 'seconds' | 'hold', number>>;
	next: string;
	when?: GraphCondition;
}
export interface GraphNode {
	branch?: { when: GraphCondition; next: string }[];
	choices?: GraphChoice[];
	end?: Ending;
}
export interface ScenarioGraph {
	id: string;
	start: string;
	meters: Meters;
	dimensions: Dimension[];
	nodes: Record<string, GraphNode>;
}

/** One step the learner took: the node they were at and the choice they made. */
export interface Step {
	node: string;
	choice: string;
}

/** Everything about a call in progress or finished. Plain data: serialisable and comparable. */
export interface CallState {
	/** The node the call is at (after following any arrival branches). */
	node: string;
	/** Meters, clamped to 0–100. */
	meters: Meters;
	/** Simulated call time in seconds, hold included. */
	seconds: number;
	/** Of which on hold. */
	holdSeconds: number;
	/** Transfers made. */
	transfers: number;
	/** Whether the customer record was opened. */
	recordOpened: boolean;
	/** The choices made, in order. */
	path: Step[];
	/** Points per dimension so far. */
	scores: Record<Dimension, number>;
	/** Set once the call reached an ending. */
	ended?: Ending;
}
