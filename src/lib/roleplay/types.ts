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
	has?: string[];
	lacks?: string[];
	persona?: string;
	seconds?: Bound;
	hold?: Bound;
	transfers?: Bound;
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
	set?: string[];
	module?: string;
}
export interface GraphBranch {
	when: GraphCondition;
	next: string;
	because?: unknown;
}
export interface GraphNode {
	branch?: GraphBranch[];
	choices?: GraphChoice[];
	end?: Ending;
	then?: string;
	variants?: { when: GraphCondition }[];
	effects?: Partial<Record<Meter | 'seconds' | 'hold', number>> & { transfer?: boolean };
	call?: { mood: number; patience: number };
	module?: string;
}
export interface GraphPersona {
	id: string;
	meters: { mood?: number; patience?: number };
}
export interface ScenarioGraph {
	id: string;
	start: string;
	meters: Meters;
	dimensions: Dimension[];
	nodes: Record<string, GraphNode>;
	personas?: GraphPersona[];
}

/** A node whose line a move reached, with the wording said and the nodes jumped through on the way. */
export interface Arrival {
	node: string;
	/** Index into the node's `variants`, or -1 for its `line`. */
	variant: number;
	/** Nodes left at once by an arrival jump before reaching this one, in order (for the map and the caller's name). */
	via?: string[];
}

/** One step the learner took: the node they were at and the choice they made. */
export interface Step {
	node: string;
	choice: string;
}

/** Why a call ended without the learner ending it: an arrival jump on a meter or the clock. */
export interface EndCause {
	/** The node whose arrival jump was taken. */
	node: string;
	/** Index of the jump in that node's `branch` list (its `because` explains it). */
	branch: number;
	/** The meter the jump tested, `hold` for time on hold, or `time` for the call's clock. */
	on: 'mood' | 'patience' | 'stress' | 'hold' | 'time';
	/** The value that triggered it: the meter's reading, the seconds on hold, or the call's seconds. */
	value: number;
	/** Call time when it happened. */
	seconds: number;
}

/** One finished call of a scenario (a shift has several; a single call has one). */
export interface CallSummary {
	/** How it ended. */
	ended: Ending;
	/** The ending node. */
	node: string;
	/** Simulated seconds of this call, hold included. */
	seconds: number;
	/** Of which on hold. */
	holdSeconds: number;
	/** Transfers made in this call, by either side. */
	transfers: number;
	/** The agent's stress when it ended. */
	stress: number;
	/** Set when a meter or the clock ended it. */
	cause?: EndCause;
}

/** Everything about a call in progress or finished. Plain data: serialisable and comparable. */
export interface CallState {
	/** The node the call is at (after following any arrival branches and shift continuations). */
	node: string;
	/**
	 * The nodes whose lines the last move reached, in order, each with the wording said (`variant`:
	 * index into the node's `variants`, or -1 for its `line`). More than one when a shift goes on.
	 */
	arrived: Arrival[];
	/** The persona being played, if the scenario has personas. */
	persona?: string;
	/** Seed of this attempt's reply order. */
	seed: number;
	/** Meters, clamped to 0–100. */
	meters: Meters;
	/** Simulated time in seconds since the start of the scenario, hold included. */
	seconds: number;
	/** Of which on hold. */
	holdSeconds: number;
	/** Transfers made (by either side). */
	transfers: number;
	/** The node where the current call of a shift started (its `call` gives the caller); none for the first call without one. */
	callNode?: string;
	/** Calls started so far, the first included: between two calls of a shift, `calls.length` has caught up with it. */
	callsStarted: number;
	/** Seconds, hold seconds and transfers when the current call started (a shift's later calls). */
	callStart: { seconds: number; holdSeconds: number; transfers: number };
	/** Whether the customer record was opened. */
	recordOpened: boolean;
	/** Facts set on this path, sorted. */
	facts: string[];
	/** The choices made, in order. */
	path: Step[];
	/** Points per dimension so far. */
	scores: Record<Dimension, number>;
	/** The calls finished so far (every call of a shift; the one call otherwise, once ended). */
	calls: CallSummary[];
	/** Set once the scenario reached its final ending. */
	ended?: Ending;
}
