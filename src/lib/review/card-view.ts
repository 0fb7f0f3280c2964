/**
 * What a review card shows, in one language: the question as first met (a quiz question, a
 * module check, a moment of a role-play), then its answer and why. The review page asks for the
 * answer to be recalled first, then shown, then rated.
 */
import type { CheckSource } from '../practice/check-source.ts';
import { reviewOf, type QuestionView } from '../quiz/review.ts';
import type { TurnSource } from './turn-source.ts';

export interface CardView {
	/** The question or the moment, as asked. */
	prompt: string;
	/** Said just before the question, by whom (a role-play line, a caller's line in a quiz). */
	context?: { speaker: 'agent' | 'caller' | 'narrator'; line: string };
	/** The options offered with the question, as written; empty when the question has none to list (order, match, spot). */
	options: string[];
	/** The right answer: one entry per right option, step or pair. */
	answer: string[];
	/** Whether `answer` is a sequence, shown numbered. */
	ordered: boolean;
	/** Why: the explanation and the feedback that goes with the right answer. */
	notes: string[];
}

/** A quiz question's card; `labels` are the UI's words for true and false. */
export function quizCardView(question: QuestionView, labels: { true: string; false: string }): CardView {
	const review = reviewOf(question, undefined, labels);
	const options =
		question.type === 'single' || question.type === 'multiple' || question.type === 'best' ? question.options.map((o) => o.text) : [];
	const spotted = (review.spot ?? []).map((line) => (line.why ? `${line.text} — ${line.why}` : line.text));
	return {
		prompt: question.prompt,
		...(question.type === 'best' ? { context: { speaker: 'caller' as const, line: question.callerLine } } : {}),
		options,
		answer: [...review.right.map((item) => item.text), ...spotted],
		ordered: review.ordered,
		notes: [question.explanation],
	};
}

/** A module check's card: the right options, each with its feedback. */
export function checkCardView(check: CheckSource): CardView {
	const right = check.options.filter((option) => option.correct);
	return {
		prompt: check.prompt,
		options: check.options.map((option) => option.text),
		answer: right.map((option) => option.text),
		ordered: false,
		notes: right.map((option) => option.feedback),
	};
}

/** A role-play turn's card: `prompt` asks what to answer; the best replies, with why. */
export function turnCardView(turn: TurnSource, prompt: string): CardView {
	const best = turn.replies.filter((reply) => reply.best);
	return {
		prompt,
		context: { speaker: turn.speaker, line: turn.line },
		options: turn.replies.map((reply) => reply.say),
		answer: best.map((reply) => reply.say),
		ordered: false,
		notes: best.map((reply) => reply.feedback),
	};
}
