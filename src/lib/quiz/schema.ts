import { z } from 'astro/zod';
import { LocalizedText } from '../i18n/localized.ts';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens');

/** An answer option of `single`, `multiple` and `best` questions. */
export const OptionSchema = z.strictObject({
	/** Unique within its question. */
	id: Id,
	/** The option's text. */
	text: LocalizedText,
	/** `single`/`multiple`: whether this option is (one of) the right answer(s). */
	correct: z.boolean().optional(),
	/** `best`: credit for choosing it — 1 best, 0.5 acceptable, 0 harmful. */
	credit: z.union([z.literal(0), z.literal(0.5), z.literal(1)]).optional(),
	/** Shown when this option was chosen (or, for `multiple`, wrongly chosen or missed). */
	feedback: LocalizedText.optional(),
});

/** Fields every question has. */
const QuestionBase = {
	/** Unique within the quiz; used in stored answers. */
	id: Id,
	/** The question itself. */
	prompt: LocalizedText,
	/** Why the right answer is right: shown with the results. */
	explanation: LocalizedText,
	/**
	 * What the question tests. `judgement`: it puts the learner in a situation and asks what to do
	 * or what went wrong. `recall`: it asks for a figure, a date, a name or a source. At most 15 %
	 * of a quiz's questions may be recall (`recallProblems` in `recall-share.ts`).
	 */
	kind: z.enum(['recall', 'judgement']),
};

/** One correct option among several. */
export const SingleSchema = z.strictObject({
	...QuestionBase,
	type: z.literal('single'),
	/** The options; exactly one has `correct: true`. */
	options: z.array(OptionSchema).min(2).max(6),
});

/** One or more correct options; partial credit (see `scoreMultiple`). */
export const MultipleSchema = z.strictObject({
	...QuestionBase,
	type: z.literal('multiple'),
	/** The options; at least one has `correct: true`. */
	options: z.array(OptionSchema).min(2).max(8),
});

/** A statement that is true or false. */
export const TrueFalseSchema = z.strictObject({
	...QuestionBase,
	type: z.literal('truefalse'),
	/** Whether the prompt's statement is true. */
	answer: z.boolean(),
	/** Shown after a right answer. */
	feedbackRight: LocalizedText.optional(),
	/** Shown after a wrong answer. */
	feedbackWrong: LocalizedText.optional(),
});

/** Put steps in order; `items` are written in the right order. */
export const OrderSchema = z.strictObject({
	...QuestionBase,
	type: z.literal('order'),
	/** The steps, in the correct order; at least 3. */
	items: z
		.array(z.strictObject({ /** Unique within the question. */ id: Id, /** The step. */ text: LocalizedText }))
		.min(3)
		.max(8),
});

/** Pair each left item with its right item, by select controls. */
export const MatchSchema = z.strictObject({
	...QuestionBase,
	type: z.literal('match'),
	/** The pairs, as they belong together; the right sides are offered shuffled. */
	pairs: z
		.array(
			z.strictObject({
				/** Unique within the question. */
				id: Id,
				/** The situation (left side). */
				left: LocalizedText,
				/** What goes with it (right side). */
				right: LocalizedText,
			}),
		)
		.min(2)
		.max(8),
});

/** A call transcript: flag the lines that are mistakes ("spot the Bzzzt"). */
export const SpotSchema = z.strictObject({
	...QuestionBase,
	type: z.literal('spot'),
	/** The transcript, in order. */
	lines: z
		.array(
			z.strictObject({
				/** Unique within the question. */
				id: Id,
				/** Who speaks. */
				speaker: z.enum(['agent', 'caller', 'narrator']),
				/** What is said (or, for narrator, what happens, e.g. "Ten seconds of silence"). */
				text: LocalizedText,
				/** Present on a mistake line: why it is a mistake. */
				mistake: LocalizedText.optional(),
			}),
		)
		.min(3)
		.max(30),
});

/** Choose the best response to a caller's line; options carry graded credit. */
export const BestSchema = z.strictObject({
	...QuestionBase,
	type: z.literal('best'),
	/** What the caller says. */
	callerLine: LocalizedText,
	/** Responses, each with `credit` (1 best, 0.5 acceptable, 0 harmful) and `feedback`. */
	options: z.array(OptionSchema).min(2).max(5),
});

export const QuestionSchema = z.discriminatedUnion('type', [
	SingleSchema,
	MultipleSchema,
	TrueFalseSchema,
	OrderSchema,
	MatchSchema,
	SpotSchema,
	BestSchema,
]);

/**
 * A quiz: `src/content/quizzes/<id>.yaml`. Structure and answer keys once, words per language.
 */
export const QuizSchema = z.strictObject({
	/** Same as the file name. */
	id: Id,
	/** Title. */
	title: LocalizedText,
	/** One line shown before starting. */
	intro: LocalizedText.optional(),
	/** Modules it checks (`<track>/<slug>`); empty for a standalone quiz. */
	modules: z.array(z.string().regex(/^[a-z]+\/[a-z0-9-]+$/)).default([]),
	/** Percentage needed to pass, 1–100. */
	passMark: z.int().min(1).max(100),
	/** `practice`: feedback after each question; `assessment`: feedback at the end only. */
	mode: z.enum(['practice', 'assessment']),
	/** The questions, in order. */
	questions: z.array(QuestionSchema).min(1),
});

export type Quiz = z.infer<typeof QuizSchema>;
export type Question = z.infer<typeof QuestionSchema>;
