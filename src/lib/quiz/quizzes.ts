import { getCollection, type CollectionEntry } from 'astro:content';
import { parseModulePath } from '../content/module-files.ts';
import { coverageProblems, QuizContentError } from './coverage.ts';

/**
 * Every quiz, straight from the content collection, after checking that each quiz's `modules`
 * exist and that every module has a quiz: otherwise the build fails, naming the files.
 * (`QuizFileSchema` already checked each file on its own when the collection loaded.)
 */
export function getQuizzes(): Promise<CollectionEntry<'quizzes'>[]> {
	// A build checks once (each module page asks twice: a thousand modules made the check the
	// build's largest cost); the dev server checks on every call, so edits show at once.
	if (!import.meta.env.PROD) return checkedQuizzes();
	built ??= checkedQuizzes();
	return built;
}

let built: Promise<CollectionEntry<'quizzes'>[]> | undefined;

async function checkedQuizzes(): Promise<CollectionEntry<'quizzes'>[]> {
	const [quizzes, modules] = await Promise.all([getCollection('quizzes'), getCollection('modules')]);
	const moduleKeys = modules.map((entry) => {
		const { track, slug } = parseModulePath(entry.id);
		return `${track}/${slug}`;
	});
	const problems = coverageProblems(
		quizzes.map((quiz) => ({
			file: `src/content/quizzes/${quiz.id}.yaml`,
			modules: quiz.data.modules,
		})),
		moduleKeys,
	);
	for (const quiz of quizzes) {
		if (quiz.data.id !== quiz.id) {
			problems.push(`src/content/quizzes/${quiz.id}.yaml: id: "${quiz.data.id}" must match the file name "${quiz.id}"`);
		}
	}
	if (problems.length > 0) throw new QuizContentError(problems);
	return quizzes.sort((a, b) => a.id.localeCompare(b.id));
}

/** The quiz of a module (`<track>/<slug>`), if one checks it. */
export async function getModuleQuiz(moduleKey: string): Promise<CollectionEntry<'quizzes'> | undefined> {
	return (await getQuizzes()).find((quiz) => quiz.data.modules.includes(moduleKey));
}
