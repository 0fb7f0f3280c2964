/**
 * The 60-second reset: paced breathing as data. A pattern is a cycle of phases; the session
 * repeats the cycle for `SESSION_MS` and `phaseAt` says where a given moment falls. Pure, so the
 * island only has to read a clock.
 *
 * The two patterns are the ones compared in Balban et al. 2023 (Stanford, Cell Reports Medicine,
 * doi 10.1016/j.xcrm.2022.100895): cyclic sighing and box breathing. That trial had healthy adults,
 * not call-centre agents, breathing five minutes a day; one minute between calls is our adaptation.
 */

/** What the learner does during a phase. `top-up` is the short second breath in of a cyclic sigh. */
export type PhaseKind = 'in' | 'top-up' | 'hold' | 'out';

export interface Phase {
	kind: PhaseKind;
	/** How long the phase lasts, in milliseconds. */
	ms: number;
	/** How full the lungs are at the end of the phase, 0–1: drives the optional animated circle. */
	fill: number;
}

export type PatternId = 'sighing' | 'box';

export interface BreathingPattern {
	id: PatternId;
	/** One cycle, repeated until the session ends. */
	cycle: readonly Phase[];
}

/** The length of a reset. */
export const SESSION_MS = 60_000;

export const patterns: Record<PatternId, BreathingPattern> = {
	// Two breaths in through the nose (a long one, then a short top-up), one long breath out
	// through the mouth: the exhale is longer than both inhales together. 10 s, six cycles a minute.
	sighing: {
		id: 'sighing',
		cycle: [
			{ kind: 'in', ms: 3000, fill: 0.8 },
			{ kind: 'top-up', ms: 1000, fill: 1 },
			{ kind: 'out', ms: 6000, fill: 0 },
		],
	},
	// In 4, hold 4, out 4, hold 4: 16 s a cycle; the minute ends after the fourth breath out.
	box: {
		id: 'box',
		cycle: [
			{ kind: 'in', ms: 4000, fill: 1 },
			{ kind: 'hold', ms: 4000, fill: 1 },
			{ kind: 'out', ms: 4000, fill: 0 },
			{ kind: 'hold', ms: 4000, fill: 0 },
		],
	},
};

/** Where a moment of the session falls. */
export type PhaseState =
	| {
			done: false;
			phase: Phase;
			/** Which cycle (0-based) and which phase in it: together they identify a phase change. */
			cycle: number;
			index: number;
			/** Milliseconds left in this phase. */
			phaseLeftMs: number;
			/** Whole seconds left in the session, rounded up (60 at the start, 1 in the last second). */
			secondsLeft: number;
	  }
	| { done: true; secondsLeft: 0 };

/** The phase at `elapsedMs` into a session of `sessionMs`. Negative time counts as the start. */
export function phaseAt(pattern: BreathingPattern, elapsedMs: number, sessionMs = SESSION_MS): PhaseState {
	const elapsed = Math.max(0, Number.isFinite(elapsedMs) ? elapsedMs : 0);
	if (elapsed >= sessionMs) return { done: true, secondsLeft: 0 };
	const cycleMs = cycleLength(pattern);
	const cycle = Math.floor(elapsed / cycleMs);
	let offset = elapsed - cycle * cycleMs;
	let index = 0;
	for (const phase of pattern.cycle) {
		if (offset < phase.ms) break;
		offset -= phase.ms;
		index += 1;
	}
	// Rounding can leave `offset` a hair past the last phase: stay in it.
	if (index >= pattern.cycle.length) {
		index = pattern.cycle.length - 1;
		offset = pattern.cycle[index]!.ms;
	}
	const phase = pattern.cycle[index]!;
	return {
		done: false,
		phase,
		cycle,
		index,
		phaseLeftMs: Math.min(phase.ms - offset, sessionMs - elapsed),
		secondsLeft: Math.ceil((sessionMs - elapsed) / 1000),
	};
}

/** The length of one cycle of `pattern`, in milliseconds. */
export function cycleLength(pattern: BreathingPattern): number {
	return pattern.cycle.reduce((sum, phase) => sum + phase.ms, 0);
}

/** How the last session ended: not at all yet, stopped by the learner, or run to the end. */
export type SessionEnd = 'none' | 'stopped' | 'done';

/** What the reset shows at a moment; the island looks each key up in its strings. */
export interface ResetView {
	/** The live text: the phase while running, otherwise ready, stopped or done. */
	say: PhaseKind | 'ready' | 'stopped' | 'done';
	/** The one button's action. */
	button: 'start' | 'stop' | 'startAgain';
	/** Whole seconds left; a full session when not running. */
	secondsLeft: number;
	/** The optional circle: how full (0–1), and how long it takes to get there. */
	circle: { fill: number; ms: number };
}

/** The reset's screen for a session that is `running` (at `now`) or ended as `ended`. */
export function resetView(running: boolean, ended: SessionEnd, now: PhaseState, sessionMs = SESSION_MS): ResetView {
	const breathing = running && !now.done ? now : undefined;
	return {
		say: breathing ? breathing.phase.kind : ended === 'none' ? 'ready' : ended,
		button: running ? 'stop' : ended === 'none' ? 'start' : 'startAgain',
		secondsLeft: running ? now.secondsLeft : sessionMs / 1000,
		// At rest the circle shrinks back over 0.6 s.
		circle: breathing ? { fill: breathing.phase.fill, ms: breathing.phase.ms } : { fill: 0, ms: 600 },
	};
}
