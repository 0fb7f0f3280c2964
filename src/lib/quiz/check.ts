import { parse } from 'yaml';
import { isLocale } from '../i18n/locales.ts';
import { QuestionSchema, QuizSchema, type Quiz } from './schema.ts';
import { duplicateQuestionIds, questionProblems, QuizFileSchema, type QuizProblem } from './validate.ts';

/** Where quiz files live, relative to the project root. */
export const QUIZ_DIR = 'src/content/quizzes';

/** The outcome of checking one quiz file: the quiz if it is valid, and one line per problem. */
export interface QuizCheck {
	quiz?: Quiz;
	/** `<file>: <path>: <message>`, ready to print. */
	problems: string[];
}

/** The question a path points into (`questions.2…`), as `question "<id>"`, if it has an id. */
function questionLabel(data: unknown, path: readonly PropertyKey[]): string | undefined {
	if (path[0] !== 'questions' || typeof path[1] !== 'number') return undefined;
	const questions = (data as { questions?: unknown } | null)?.questions;
	const question = Array.isArray(questions) ? (questions[path[1]] as { id?: unknown }) : undefined;
	return typeof question?.id === 'string' ? `question "${question.id}"` : `question ${path[1] + 1}`;
}

/**
 * The answer-key and id rules for a quiz that fails the schema somewhere: Zod skips refinements
 * then, so the questions that do match are checked one by one, and every problem shows at once.
 */
function partialProblems(data: unknown): QuizProblem[] {
	const questions = (data as { questions?: unknown } | null)?.questions;
	if (!Array.isArray(questions)) return [];
	const ids = questions.filter((q): q is { id: string } => typeof (q as { id?: unknown })?.id === 'string');
	const problems = ids.length === questions.length ? duplicateQuestionIds(ids) : [];
	questions.forEach((raw, index) => {
		const parsed = QuestionSchema.safeParse(raw);
		if (parsed.success) problems.push(...questionProblems(parsed.data, index));
	});
	return problems;
}

/**
 * Checks one quiz file's text the way the build does (YAML, then `QuizFileSchema`), and that its
 * `id` matches its file name. `file` is the path to print, e.g. `src/content/quizzes/x.yaml`.
 * Messages inside a question name it (`question "greet": …`) even when the schema's own
 * message (a missing language, too few items) does not.
 */
export function checkQuizSource(file: string, text: string): QuizCheck {
	let data: unknown;
	try {
		data = parse(text);
	} catch (error) {
		return { problems: [`${file}: YAML: ${(error as Error).message.split('\n')[0]}`] };
	}
	const shape = QuizSchema.safeParse(data);
	const result = shape.success ? QuizFileSchema.safeParse(data) : shape;
	const issues: QuizProblem[] = (result.error?.issues ?? []).map((issue) => ({
		path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
		// Zod's own words for a missing key are "expected string, received undefined": say it plainly.
		message:
			issue.code === 'invalid_type' && isLocale(issue.path.at(-1)) && issue.message.endsWith('undefined')
				? `the "${String(issue.path.at(-1))}" text is missing (every text needs en, fr and it)`
				: issue.message,
	}));
	if (!shape.success) issues.push(...partialProblems(data));
	const problems = issues.map(({ path, message }) => {
		const where = path.length > 0 ? path.join('.') : '(top level)';
		const label = questionLabel(data, path);
		return `${file}: ${where}: ${label && !message.startsWith('question "') ? `${label}: ${message}` : message}`;
	});
	const name = file
		.replace(/\\/g, '/')
		.split('/')
		.pop()
		?.replace(/\.ya?ml$/, '');
	if (result.success && result.data.id !== name) {
		problems.push(`${file}: id: "${result.data.id}" must match the file name "${name}"`);
	}
	return problems.length === 0 && result.success ? { quiz: result.data, problems } : { problems };
}
