import { type Check, boolean, contentId, fail, isObject, number, object, optional, text } from '../progress/check.ts';
import { replay } from './engine.ts';
import type { CallState, ScenarioGraph } from './types.ts';
import { savedCallKey, type SessionLike } from './saved-call-storage.ts';

export { clearSavedCall, savedCallKey, sessionStore, storedCall } from './saved-call-storage.ts';

/** A call in progress, kept for the browser session so a reload can resume it. */
export interface SavedCall {
	/** The scenario's id. */
	scenario: string;
	/** practice or assessment. */
	mode: 'practice' | 'assessment';
	/** The persona played, if the scenario has personas. */
	persona?: string;
	/** Seed of the reply order. */
	seed: number;
	/** Choice ids made so far, in order. */
	choices: string[];
	/** *Say it first*: the learner writes (or says) an answer before each turn's replies appear. */
	sayFirst?: boolean;
	/**
	 * *Say it first*: the learner's own words at each turn, by step: '' when they went straight to
	 * the replies, null where there was nothing to say first (between the calls of a shift).
	 */
	own?: (string | null)[];
}

/** Longest answer of the learner's own kept for a turn: a reply, not an essay (the text box stops there too). */
export const MAX_OWN_CHARS = 600;

/** Longest saved call read back: far above any scenario's length, small enough to parse at once. */
const MAX_CHOICES = 200;
// Room for the learner's own words at every turn of a long call (say it first).
const MAX_BYTES = 65_536;

const choiceList: Check<string[]> = (value, path) =>
	Array.isArray(value) && value.length <= MAX_CHOICES
		? value.map((id, i) => text(60, /^[a-z0-9][a-z0-9-]*$/)(id, `${path}.${i}`))
		: fail(path, `a list of at most ${MAX_CHOICES} choice ids`);

const checkSavedCall = object<SavedCall>({
	scenario: contentId,
	mode: (value, path) => (value === 'practice' || value === 'assessment' ? value : fail(path, 'practice or assessment')),
	persona: optional(text(60, /^[a-z0-9][a-z0-9-]*$/)),
	seed: number(0, 2 ** 32 - 1, true),
	choices: choiceList,
	sayFirst: optional(boolean),
	own: optional((value, path) =>
		Array.isArray(value) && value.length <= MAX_CHOICES + 1
			? value.map((words, i) => (words === null ? null : text(MAX_OWN_CHARS)(words, `${path}.${i}`)))
			: fail(path, `a list of at most ${MAX_CHOICES + 1} answers`),
	),
});

/** What a reload finds: a call to resume, nothing, or data it could not use (said, then dropped). */
export type SavedCallRead = { kind: 'none' } | { kind: 'resume'; saved: SavedCall; state: CallState } | { kind: 'unusable' };

/** Reads the call in progress for `scenario`: checked, size-bounded and replayed, so a bad value can never break the page. */
export function readSavedCall(storage: SessionLike | undefined, scenario: ScenarioGraph): SavedCallRead {
	let raw: string | null;
	try {
		raw = storage?.getItem(savedCallKey(scenario.id)) ?? null;
	} catch {
		return { kind: 'none' };
	}
	if (raw === null) return { kind: 'none' };
	try {
		if (raw.length > MAX_BYTES) throw new Error('too large');
		const parsed: unknown = JSON.parse(raw);
		if (!isObject(parsed)) throw new Error('not an object');
		const saved = checkSavedCall(parsed, 'call');
		if (saved.scenario !== scenario.id) throw new Error('another scenario');
		// Replaying checks every choice against the scenario as it is now (it may have changed since).
		const state = replay(scenario, saved.choices, { persona: saved.persona, seed: saved.seed });
		if (state.ended) return { kind: 'none' };
		return { kind: 'resume', saved, state };
	} catch {
		return { kind: 'unusable' };
	}
}

/** Keeps the call in progress; a refusing storage only means no resume after a reload. */
export function writeSavedCall(storage: SessionLike | undefined, saved: SavedCall): void {
	try {
		storage?.setItem(savedCallKey(saved.scenario), JSON.stringify(saved));
	} catch {
		// Resuming is a convenience: the call itself goes on in memory.
	}
}
