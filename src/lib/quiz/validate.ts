import type { z } from 'astro/zod';
import { QuizSchema, type Question } from './schema.ts';

/** One problem found in a quiz: where (a path inside the file) and what. */
export interface QuizProblem {
	path: (string | number)[];
	message: string;
}

type Option = { id: string; correct?: boolean; credit?: number };

/** Ids used more than once in `list`, with the index of each repeat. */
function repeats(list: readonly { id: string }[]): { id: string; index: number }[] {
	const seen = new Set<string>();
	const found: { id: string; index: number }[] = [];
	list.forEach(({ id }, index) => {
		if (seen.has(id)) found.push({ id, index });
		seen.add(id);
	});
	return found;
}

/** The parts of a question that carry ids of their own, by field name. */
function idLists(question: Question): [field: string, list: readonly { id: string }[]][] {
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'best':
			return [['options', question.options]];
		case 'order':
			return [['items', question.items]];
		case 'match':
			return [['pairs', question.pairs]];
		case 'spot':
			return [['lines', question.lines]];
		case 'truefalse':
			return [];
	}
}

/** The answer-key rules of one question; paths are relative to the question. */
function answerKeyProblems(question: Question): QuizProblem[] {
	const problems: QuizProblem[] = [];
	const add = (path: (string | number)[], message: string) => problems.push({ path, message });
	const correctCount = (options: readonly Option[]) => options.filter((o) => o.correct === true).length;
	const stray = (options: readonly Option[], field: 'correct' | 'credit', why: string) =>
		options.forEach((option, index) => {
			if (option[field] !== undefined) add(['options', index, field], `option "${option.id}": ${why}`);
		});

	switch (question.type) {
		case 'single': {
			const count = correctCount(question.options);
			if (count !== 1) {
				add(['options'], `a "single" question needs exactly one option with "correct: true"; found ${count}`);
			}
			stray(question.options, 'credit', '"credit" belongs to "best" questions; use "correct" here');
			break;
		}
		case 'multiple':
			if (correctCount(question.options) === 0) {
				add(['options'], 'a "multiple" question needs at least one option with "correct: true"; found none');
			}
			stray(question.options, 'credit', '"credit" belongs to "best" questions; use "correct" here');
			break;
		case 'best': {
			question.options.forEach((option, index) => {
				if (option.credit === undefined) {
					add(['options', index, 'credit'], `option "${option.id}" has no "credit" (1 best, 0.5 acceptable, 0 harmful)`);
				}
			});
			const best = question.options.filter((o) => o.credit === 1).length;
			if (best !== 1) {
				add(['options'], `a "best" question needs exactly one option with "credit: 1"; found ${best}`);
			}
			stray(question.options, 'correct', '"correct" belongs to "single"/"multiple" questions; use "credit" here');
			break;
		}
		case 'spot':
			if (!question.lines.some((line) => line.mistake)) {
				add(['lines'], 'a "spot" question needs at least one line with a "mistake"; found none');
			}
			break;
		case 'match': {
			// Two identical right sides would make the learner's choice ambiguous, in any language.
			const rights = new Map<string, string>();
			question.pairs.forEach((pair, index) => {
				for (const [locale, text] of Object.entries(pair.right)) {
					const key = `${locale}\u0000${text.trim().toLowerCase()}`;
					const first = rights.get(key);
					if (first !== undefined) {
						add(['pairs', index, 'right', locale], `pairs "${first}" and "${pair.id}" have the same right side in "${locale}"`);
					} else rights.set(key, pair.id);
				}
			});
			break;
		}
		case 'order':
		case 'truefalse':
			break;
	}
	return problems;
}

/**
 * The rules of one question that a schema alone cannot say: answer keys (`single` exactly one
 * correct, `multiple` at least one, `best` exactly one credit 1 and a credit on every option,
 * `spot` at least one mistake, `match` distinct right sides) and ids unique within the question
 * (options, items, pairs, lines). Paths start at the question (`['questions', 2, 'options']`);
 * messages start with its id (`question "greet": …`).
 */
export function questionProblems(question: Question, index: number): QuizProblem[] {
	const problems: QuizProblem[] = [];
	const own = (path: (string | number)[], message: string) =>
		problems.push({
			path: ['questions', index, ...path],
			message: `question "${question.id}": ${message}`,
		});
	for (const [field, list] of idLists(question)) {
		for (const repeat of repeats(list)) {
			own([field, repeat.index, 'id'], `id "${repeat.id}" is used twice in its ${field}; ids must be unique within a question`);
		}
	}
	for (const problem of answerKeyProblems(question)) own(problem.path, problem.message);
	return problems;
}

/** Question ids used more than once in a quiz, each repeat named with the question it repeats. */
export function duplicateQuestionIds(questions: readonly { id: string }[]): QuizProblem[] {
	return repeats(questions).map(({ id, index }) => ({
		path: ['questions', index, 'id'],
		message: `question "${id}": the id is already used by question ${questions.findIndex((q) => q.id === id) + 1}; question ids must be unique in a quiz`,
	}));
}

/** Every rule of `questionProblems` for every question, plus unique question ids. */
export function quizProblems(quiz: z.infer<typeof QuizSchema>): QuizProblem[] {
	return [...duplicateQuestionIds(quiz.questions), ...quiz.questions.flatMap(questionProblems)];
}

/**
 * A quiz file: `QuizSchema` plus `quizProblems`. The `quizzes` collection uses it, so a broken
 * quiz fails `astro build`; `scripts/check-quizzes.ts` uses it to report every problem at once.
 */
export const QuizFileSchema = QuizSchema.superRefine((quiz, ctx) => {
	for (const { path, message } of quizProblems(quiz)) {
		ctx.addIssue({ code: 'custom', path, message, input: quiz });
	}
});
