/** A quiz as far as coverage cares: where it is written and the modules it checks. */
export interface QuizCoverageEntry {
	/** The file, as printed in messages: `src/content/quizzes/<id>.yaml`. */
	file: string;
	/** Modules it checks, `<track>/<slug>`. */
	modules: readonly string[];
}

/** Error raised when quizzes and modules disagree; the message names each file concerned. */
export class QuizContentError extends Error {
	constructor(problems: readonly string[]) {
		super(`[both-ends:quizzes] ${problems.join('\n')}`);
		this.name = 'QuizContentError';
	}
}

/**
 * Checks that every module a quiz names exists and that every module has a quiz. `moduleKeys`
 * are `<track>/<slug>`. Returns one message per problem (none when all is well).
 */
export function coverageProblems(quizzes: readonly QuizCoverageEntry[], moduleKeys: readonly string[]): string[] {
	const known = new Set(moduleKeys);
	const covered = new Set<string>();
	const problems: string[] = [];
	for (const quiz of quizzes) {
		quiz.modules.forEach((key, index) => {
			covered.add(key);
			if (!known.has(key)) {
				problems.push(`${quiz.file}: modules.${index}: "${key}" is not a module (no src/content/modules/en/${key}.mdx)`);
			}
		});
	}
	for (const key of [...known].sort()) {
		if (!covered.has(key)) {
			problems.push(
				`src/content/modules/*/${key}.mdx: the module has no quiz; add a quiz with "modules: [${key}]" to src/content/quizzes/`,
			);
		}
	}
	return problems;
}
