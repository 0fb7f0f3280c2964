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

interface QuizLookup {
	/** Each quiz by its id. */
	byId: Map<string, CollectionEntry<'quizzes'>>;
	/** The first quiz (by id) that checks each module, by `<track>/<slug>`. */
	byModule: Map<string, CollectionEntry<'quizzes'>>;
}

// One lookup per list of quizzes: every module page asks, and a search through a thousand
// quizzes per page grows with the square of the course.
const lookups = new WeakMap<CollectionEntry<'quizzes'>[], QuizLookup>();

function lookup(quizzes: CollectionEntry<'quizzes'>[]): QuizLookup {
	let found = lookups.get(quizzes);
	if (!found) {
		found = { byId: new Map(quizzes.map((quiz) => [quiz.id, quiz])), byModule: new Map() };
		for (const quiz of quizzes) for (const key of quiz.data.modules) if (!found.byModule.has(key)) found.byModule.set(key, quiz);
		lookups.set(quizzes, found);
	}
	return found;
}

/** The quiz of a module (`<track>/<slug>`), if one checks it. */
export async function getModuleQuiz(moduleKey: string): Promise<CollectionEntry<'quizzes'> | undefined> {
	return lookup(await getQuizzes()).byModule.get(moduleKey);
}

/** The quizzes with these ids, in the order given; an unknown id is left out. */
export async function getQuizzesById(ids: Iterable<string>): Promise<CollectionEntry<'quizzes'>[]> {
	const { byId } = lookup(await getQuizzes());
	return [...ids].flatMap((id) => byId.get(id) ?? []);
}
