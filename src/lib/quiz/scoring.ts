/**
 * Scoring: a pure function per question type, each returning a credit between 0 and 1.
 * Works on a quiz in every language or on one language's `pickLanguage` copy: it reads only ids,
 * `correct`, `credit`, `answer` and whether a line has a `mistake`.
 */

/** What a learner answered, by question type. */
export interface AnswerByType {
	/** The chosen option's id. */
	single: string;
	/** The chosen options' ids. */
	multiple: string[];
	/** True or false. */
	truefalse: boolean;
	/** Every item's id, in the learner's order. */
	order: string[];
	/** For each pair id (left side), the pair id whose right side the learner chose. */
	match: Record<string, string>;
	/** The ids of the lines the learner flagged as mistakes. */
	spot: string[];
	/** The chosen option's id. */
	best: string;
}

export type QuestionType = keyof AnswerByType;
export type Answer = AnswerByType[QuestionType];

/** The parts of a question scoring needs; both `Question` and its one-language copy fit. */
export type ScorableQuestion =
	| { type: 'single' | 'multiple'; options: readonly { id: string; correct?: boolean }[] }
	| { type: 'truefalse'; answer: boolean }
	| { type: 'order'; items: readonly { id: string }[] }
	| { type: 'match'; pairs: readonly { id: string }[] }
	| { type: 'spot'; lines: readonly { id: string; mistake?: unknown }[] }
	| { type: 'best'; options: readonly { id: string; credit?: number }[] };

const clamp = (share: number) => Math.min(1, Math.max(0, share));

/** `single`: 1 for the correct option, else 0. */
export function scoreSingle(options: readonly { id: string; correct?: boolean }[], chosen: string): number {
	return options.some((o) => o.id === chosen && o.correct === true) ? 1 : 0;
}

/**
 * `multiple`: (right picks − wrong picks) / number of correct options, floored at 0.
 * So picking every correct option and nothing else scores 1; each wrong pick cancels a right
 * one, which means ticking every box scores (correct − incorrect) / correct, usually 0; an empty
 * answer scores 0. Ids that are not options, and repeats, are ignored.
 */
export function scoreMultiple(options: readonly { id: string; correct?: boolean }[], chosen: readonly string[]): number {
	const correct = options.filter((o) => o.correct === true).length;
	if (correct === 0) return 0;
	let right = 0;
	let wrong = 0;
	for (const id of new Set(chosen)) {
		const option = options.find((o) => o.id === id);
		if (!option) continue;
		if (option.correct === true) right += 1;
		else wrong += 1;
	}
	return clamp((right - wrong) / correct);
}

/** `truefalse`: 1 when the learner's answer is the statement's truth, else 0. */
export function scoreTrueFalse(answer: boolean, given: boolean): number {
	return answer === given ? 1 : 0;
}

/** Length of the longest strictly increasing subsequence of `values` (patience sorting). */
function longestIncreasing(values: readonly number[]): number {
	const tails: number[] = [];
	for (const value of values) {
		let low = 0;
		let high = tails.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if ((tails[mid] as number) < value) low = mid + 1;
			else high = mid;
		}
		tails[low] = value;
	}
	return tails.length;
}

/**
 * `order`: how close the learner's order is to the right one, by the longest run of items that
 * are already in the right relative order (not necessarily next to each other). With `n` items
 * and a longest such subsequence of `L`, the credit is (L − 1) / (n − 1): 1 when all are in
 * order, 0 when the order is exactly reversed, and (n − 2) / (n − 1) when a single item sits
 * in the wrong place (every other item keeps its order, so moving one item fixes it). An answer
 * that is not a complete arrangement of the items (missing, extra or repeated ids) scores 0.
 */
export function scoreOrder(items: readonly { id: string }[], given: readonly string[]): number {
	const position = new Map(items.map((item, index) => [item.id, index]));
	if (given.length !== items.length || new Set(given).size !== given.length) return 0;
	const positions = given.map((id) => position.get(id));
	if (positions.some((p) => p === undefined)) return 0;
	if (items.length < 2) return 1;
	return clamp((longestIncreasing(positions as number[]) - 1) / (items.length - 1));
}

/** `match`: the share of pairs whose left side was given its own right side. */
export function scoreMatch(pairs: readonly { id: string }[], given: Readonly<Record<string, string>>): number {
	if (pairs.length === 0) return 0;
	const right = pairs.filter((pair) => Object.hasOwn(given, pair.id) && given[pair.id] === pair.id).length;
	return right / pairs.length;
}

/**
 * `spot`: (mistakes flagged − correct lines flagged) / number of mistakes, floored at 0.
 * Flagging every line therefore scores (mistakes − correct lines) / mistakes, usually 0.
 */
export function scoreSpot(lines: readonly { id: string; mistake?: unknown }[], flagged: readonly string[]): number {
	const mistakes = lines.filter((line) => Boolean(line.mistake)).length;
	if (mistakes === 0) return 0;
	let hits = 0;
	let wrong = 0;
	for (const id of new Set(flagged)) {
		const line = lines.find((l) => l.id === id);
		if (!line) continue;
		if (line.mistake) hits += 1;
		else wrong += 1;
	}
	return clamp((hits - wrong) / mistakes);
}

/** `best`: the chosen option's credit (1 best, 0.5 acceptable, 0 harmful); 0 if none. */
export function scoreBest(options: readonly { id: string; credit?: number }[], chosen: string): number {
	return clamp(options.find((o) => o.id === chosen)?.credit ?? 0);
}

/**
 * The credit, 0–1, for `answer` to `question`. No answer (`undefined`) and an answer of the
 * wrong shape for the question's type both score 0.
 */
export function scoreQuestion(question: ScorableQuestion, answer: unknown): number {
	if (answer === undefined || answer === null) return 0;
	const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
	switch (question.type) {
		case 'single':
			return typeof answer === 'string' ? scoreSingle(question.options, answer) : 0;
		case 'multiple':
			return strings(answer) ? scoreMultiple(question.options, answer) : 0;
		case 'truefalse':
			return typeof answer === 'boolean' ? scoreTrueFalse(question.answer, answer) : 0;
		case 'order':
			return strings(answer) ? scoreOrder(question.items, answer) : 0;
		case 'match':
			return typeof answer === 'object' && !Array.isArray(answer) ? scoreMatch(question.pairs, answer as Record<string, string>) : 0;
		case 'spot':
			return strings(answer) ? scoreSpot(question.lines, answer) : 0;
		case 'best':
			return typeof answer === 'string' ? scoreBest(question.options, answer) : 0;
	}
}

/** A quiz's score: the mean credit over its questions, 0–1. */
export function quizScore(credits: readonly number[]): number {
	if (credits.length === 0) return 0;
	return credits.reduce((sum, credit) => sum + credit, 0) / credits.length;
}

export { passes, percent } from './percent.ts';
