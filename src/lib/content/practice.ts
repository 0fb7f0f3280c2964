import { getCollection } from 'astro:content';
import { getQuizzes } from '../quiz/quizzes.ts';
import { getScenarios } from '../roleplay/scenarios.ts';
import { parseModulePath } from './module-files.ts';
import { practiceLinkProblems } from './practice-links.ts';

let checked: Promise<void> | undefined;

/**
 * Fails the build when a quiz or role-play is linked from no module, or a module offers nothing
 * to practise (`practiceLinkProblems`). Runs once per build, however many pages ask.
 */
export function checkPracticeLinks(): Promise<void> {
	checked ??= (async () => {
		const [modules, quizzes, scenarios] = await Promise.all([getCollection('modules'), getQuizzes(), getScenarios()]);
		const byKey = new Map<string, { key: string; practice: { kind: 'roleplay' | 'quiz' | 'tool'; id: string }[] }>();
		for (const entry of modules) {
			const { track, slug } = parseModulePath(entry.id);
			const key = `${track}/${slug}`;
			const known = byKey.get(key) ?? { key, practice: [] };
			known.practice.push(...entry.data.practice);
			byKey.set(key, known);
		}
		const problems = practiceLinkProblems({
			modules: [...byKey.values()],
			quizzes: quizzes.map((quiz) => ({ id: quiz.id, modules: quiz.data.modules })),
			scenarios: scenarios.map((scenario) => ({ id: scenario.id, modules: scenario.modules })),
		});
		if (problems.length > 0) throw new Error(`[both-ends:practice] ${problems.join('\n')}`);
	})();
	return checked;
}
