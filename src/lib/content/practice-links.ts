/**
 * Practice links (issue 13): every quiz and every role-play is reachable from at least one module,
 * and every module offers at least one practice item. A module reaches a quiz that checks it
 * (`modules:` in the quiz), a role-play that lists it (`modules:` in the scenario), or any item
 * named in its frontmatter `practice`. The build fails on a problem, naming the file to change.
 */

/** A practice item as a module's frontmatter names it. */
export interface PracticeRef {
	kind: 'roleplay' | 'quiz' | 'tool';
	id: string;
}

export interface PracticeLinkInput {
	/** One entry per module (`<track>/<slug>`, the same in every language) with its `practice`. */
	modules: readonly { key: string; practice: readonly PracticeRef[] }[];
	/** Every quiz, with the modules it checks. */
	quizzes: readonly { id: string; modules: readonly string[] }[];
	/** Every role-play, with the modules it practises. */
	scenarios: readonly { id: string; modules: readonly string[] }[];
}

/** One message per broken link rule; empty when every item is linked both ways. */
export function practiceLinkProblems({ modules, quizzes, scenarios }: PracticeLinkInput): string[] {
	const problems: string[] = [];
	const named = (kind: PracticeRef['kind'], id: string) =>
		modules.some((module) => module.practice.some((item) => item.kind === kind && item.id === id));
	const quizIds = new Set(quizzes.map((quiz) => quiz.id));
	const scenarioIds = new Set(scenarios.map((scenario) => scenario.id));

	for (const module of modules) {
		for (const item of module.practice) {
			const known = item.kind === 'quiz' ? quizIds : item.kind === 'roleplay' ? scenarioIds : undefined;
			if (known && !known.has(item.id)) {
				problems.push(`src/content/modules/*/${module.key}.mdx: practice: no ${item.kind} "${item.id}"`);
			}
		}
		const offered =
			module.practice.length > 0 ||
			quizzes.some((quiz) => quiz.modules.includes(module.key)) ||
			scenarios.some((scenario) => scenario.modules.includes(module.key));
		if (!offered) {
			problems.push(`src/content/modules/*/${module.key}.mdx: offers no practice; add a quiz that checks it or a \`practice\` item`);
		}
	}
	for (const quiz of quizzes) {
		if (quiz.modules.length === 0 && !named('quiz', quiz.id)) {
			problems.push(
				`src/content/quizzes/${quiz.id}.yaml: no module links this quiz; list a module in \`modules\` or add \`practice: [{ kind: quiz, id: ${quiz.id} }]\` to a module`,
			);
		}
	}
	for (const scenario of scenarios) {
		if (scenario.modules.length === 0 && !named('roleplay', scenario.id)) {
			problems.push(
				`src/content/scenarios/${scenario.id}.yaml: no module links this role-play; list a module in \`modules\` or add \`practice: [{ kind: roleplay, id: ${scenario.id} }]\` to a module`,
			);
		}
	}
	return problems;
}
