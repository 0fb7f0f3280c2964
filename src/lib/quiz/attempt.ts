/**
 * An attempt at a quiz: which questions are asked this round, the answers given, how sure the
 * learner said they were, and where they are. Pure functions from state to state; the island
 * renders the state and saves it through `src/lib/progress` after every change. Scoring and
 * results live in `results.ts`, which the island loads only when it needs them.
 */
import type { Answer, ScorableQuestion } from './scoring.ts';

/** How sure the learner said they were of an answer. */
export type Confidence = 'sure' | 'unsure';

/** A committed answer (checked in practice mode, or moved past in assessment mode). */
export interface AnswerRecord {
	/** The answer, in the shape of its question's type (see `AnswerByType`). */
	value: Answer;
	/** Given only if the learner answered "How sure are you?". */
	confidence?: Confidence;
}

/** A question as an attempt sees it: an id plus what scoring needs. */
export type AttemptQuestion = ScorableQuestion & { id: string };

/** A quiz as an attempt sees it (the full quiz or one language's copy). */
export interface AttemptQuiz<Q extends AttemptQuestion = AttemptQuestion> {
	/** Percentage needed to pass, 1–100. */
	passMark: number;
	/** The questions, in quiz order. */
	questions: readonly Q[];
}

/** Where a learner is in a quiz; everything needed to show the same screen after a reload. */
export interface AttemptState {
	/** Seed of this round's shuffle (see `arrange`). */
	seed: number;
	/** Ids of the questions asked this round, in quiz order: all of them, or the missed ones on a retry. */
	asked: string[];
	/** Index in `asked` of the question on screen. */
	position: number;
	/** Committed answers by question id; a retry keeps the answers of the questions it does not ask. */
	answers: Record<string, AnswerRecord>;
	/** Whether the round is over and the results are showing. */
	finished: boolean;
	/** The round's mode, fixed when it starts (an assignment may require assessment); missing: the quiz's own. */
	mode?: 'practice' | 'assessment';
	/** Whether the round can count as the assessment: assessment mode, and no answer shown before it started. */
	counts?: boolean;
}

/** How a round is played: its mode, and whether it can count as the assessment (see `AttemptState`). */
export interface RoundRules {
	mode: 'practice' | 'assessment';
	counts: boolean;
}

/** A fresh attempt at every question. */
export function startAttempt(quiz: AttemptQuiz, seed: number, rules?: RoundRules): AttemptState {
	return {
		seed,
		asked: quiz.questions.map((q) => q.id),
		position: 0,
		answers: {},
		finished: false,
		...rules,
	};
}

/** The id of the question on screen (undefined once finished). */
export function currentQuestionId(state: AttemptState): string | undefined {
	return state.finished ? undefined : state.asked[state.position];
}

/** The id of the question after the one on screen, if there is one (to fetch its form early). */
export function upcomingQuestionId(state: AttemptState): string | undefined {
	return state.finished ? undefined : state.asked[state.position + 1];
}

/**
 * What to ask for when a draft is not a full answer yet (see `isComplete`): a tick for the
 * checkbox questions, a match for every item, otherwise a choice.
 */
export function missingAnswer(type: AttemptQuestion['type']): 'needTick' | 'needMatch' | 'needChoice' {
	if (type === 'multiple' || type === 'spot') return 'needTick';
	return type === 'match' ? 'needMatch' : 'needChoice';
}

/**
 * Whether a draft answer can be committed: a choice made (`single`, `best`, `truefalse`), at
 * least one option or line ticked (`multiple`, `spot`), every item placed (`order`), every left
 * side matched (`match`).
 */
export function isComplete(question: AttemptQuestion, value: unknown): value is Answer {
	const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
	switch (question.type) {
		case 'single':
		case 'best':
			return typeof value === 'string' && question.options.some((o) => o.id === value);
		case 'truefalse':
			return typeof value === 'boolean';
		case 'multiple':
			return strings(value) && value.length > 0;
		case 'spot':
			return strings(value) && value.length > 0;
		case 'order':
			return strings(value) && value.length === question.items.length;
		case 'match':
			return (
				typeof value === 'object' &&
				value !== null &&
				!Array.isArray(value) &&
				question.pairs.every((pair) => typeof (value as Record<string, unknown>)[pair.id] === 'string')
			);
	}
}

/** Commits an answer to a question, keeping a confidence already given unless a new one comes. */
export function commitAnswer(state: AttemptState, questionId: string, value: Answer, confidence?: Confidence): AttemptState {
	const kept = confidence ?? state.answers[questionId]?.confidence;
	const record: AnswerRecord = kept ? { value, confidence: kept } : { value };
	return { ...state, answers: { ...state.answers, [questionId]: record } };
}

/** Moves to the next asked question, or finishes the round after the last. */
export function advance(state: AttemptState): AttemptState {
	if (state.finished) return state;
	const position = state.position + 1;
	return position < state.asked.length ? { ...state, position } : { ...state, finished: true };
}

/** The draft answer a question starts with: nothing chosen, or for `order` the shuffled items. */
export function initialDraft(question: AttemptQuestion, arrangement: readonly string[]): unknown {
	switch (question.type) {
		case 'multiple':
		case 'spot':
			return [];
		case 'order':
			return [...arrangement];
		case 'match':
			return {};
		default:
			return undefined;
	}
}

// --- Storage -------------------------------------------------------------------------------

/**
 * The key under which the round's bookkeeping sits in the stored `answers` record. Question
 * ids are lowercase letters, digits and hyphens, so it can never clash with one.
 */
export const ROUND_KEY = '@round';

/** The attempt as `saveQuizAttempt` stores it: the seed, and answers by question id plus `@round`. */
export function toStored(state: AttemptState): { seed: number; answers: Record<string, unknown> } {
	return {
		seed: state.seed,
		answers: {
			...state.answers,
			[ROUND_KEY]: { asked: state.asked, position: state.position, finished: state.finished, mode: state.mode, counts: state.counts },
		},
	};
}

// Checked by hand, like src/lib/progress/schema.ts: this runs in the browser, where a schema
// library would cost about 2 KB gzip of JavaScript for a few lines of checks.
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const idsOf = (list: readonly { id: string }[]) => new Set(list.map((entry) => entry.id));
/** A list of distinct ids, each one of `known`. */
const isIdList = (value: unknown, known: ReadonlySet<string>): value is string[] =>
	Array.isArray(value) &&
	value.length <= known.size &&
	value.every((id) => typeof id === 'string' && known.has(id)) &&
	new Set(value).size === value.length;
const isConfidence = (value: unknown): value is Confidence => value === 'sure' || value === 'unsure';

/**
 * Whether `value` is a well-formed answer to `question`: the shape of its type, made only of the
 * question's own ids (an `order` answer must place every item exactly once).
 */
export function isAnswerTo(question: AttemptQuestion, value: unknown): value is Answer {
	switch (question.type) {
		case 'single':
		case 'best':
			return typeof value === 'string' && idsOf(question.options).has(value);
		case 'multiple':
			return isIdList(value, idsOf(question.options));
		case 'truefalse':
			return typeof value === 'boolean';
		case 'order':
			return isIdList(value, idsOf(question.items)) && value.length === question.items.length;
		case 'match': {
			const known = idsOf(question.pairs);
			return (
				isObject(value) && Object.entries(value).every(([left, right]) => known.has(left) && typeof right === 'string' && known.has(right))
			);
		}
		case 'spot':
			return isIdList(value, idsOf(question.lines));
	}
}

/**
 * Rebuilds an attempt from what `src/lib/progress` kept (`current`), checking everything against
 * the quiz as it is now: the round's question ids, every answer's shape and ids, confidences.
 * Anything unexpected (old data after the quiz changed, a hand-edited store, garbage) gives
 * `undefined`, and the caller starts a fresh attempt: a bad record never breaks the quiz.
 */
export function restoreAttempt(quiz: AttemptQuiz, stored: unknown): AttemptState | undefined {
	if (!isObject(stored) || !isObject(stored.answers)) return undefined;
	const { seed } = stored;
	if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) return undefined;
	const { [ROUND_KEY]: round, ...rawAnswers } = stored.answers;
	if (!isObject(round)) return undefined;
	const { asked, position, finished } = round;
	const byId = new Map(quiz.questions.map((q) => [q.id, q]));
	if (!isIdList(asked, new Set(byId.keys())) || asked.length === 0) return undefined;
	if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= asked.length) {
		return undefined;
	}
	if (typeof finished !== 'boolean') return undefined;
	const { mode, counts } = round;
	if (mode !== undefined && mode !== 'practice' && mode !== 'assessment') return undefined;
	if (counts !== undefined && typeof counts !== 'boolean') return undefined;
	const answers: Record<string, AnswerRecord> = {};
	for (const [id, raw] of Object.entries(rawAnswers)) {
		const question = byId.get(id);
		if (!question || !isObject(raw) || !isAnswerTo(question, raw.value)) return undefined;
		const { value, confidence } = raw;
		if (confidence === undefined) answers[id] = { value };
		else if (isConfidence(confidence)) answers[id] = { value, confidence };
		else return undefined;
	}
	return { seed, asked, position, answers, finished, ...(mode ? { mode } : {}), ...(counts !== undefined ? { counts } : {}) };
}
