import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuizSource, QUIZ_DIR } from '../../../src/lib/quiz/check.ts';
import { coverageProblems } from '../../../src/lib/quiz/coverage.ts';
import type { Quiz } from '../../../src/lib/quiz/schema.ts';

// The real quizzes, checked with the same code as the build and scripts/check-quizzes.ts.
const files = readdirSync(QUIZ_DIR)
	.filter((name) => /^[^_].*\.yaml$/.test(name))
	.sort();
const checked = files.map((name) => {
	const file = `${QUIZ_DIR}/${name}`;
	return { file, ...checkQuizSource(file, readFileSync(file, 'utf8')) };
});
const quizzes = checked.flatMap((c) => (c.quiz ? [c.quiz] : []));
const moduleKeys = [
	...new Set(
		readdirSync('src/content/modules', { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.mdx'))
			.map((file) =>
				file
					.replace(/\\/g, '/')
					.replace(/\.mdx$/, '')
					.split('/')
					.slice(1)
					.join('/'),
			),
	),
];

describe('quiz content', () => {
	it.each(checked.map((c) => [c.file, c] as const))('%s passes validation', (_, c) => {
		expect(c.problems).toEqual([]);
	});

	it('covers every module, and every quiz module exists', () => {
		expect(
			coverageProblems(
				checked.map((c) => ({ file: c.file, modules: c.quiz?.modules ?? [] })),
				moduleKeys,
			),
		).toEqual([]);
	});

	it.each(quizzes.filter((quiz) => quiz.modules.length > 0).map((quiz) => [quiz.id, quiz] as const))(
		'%s: at least 5 questions of at least 3 types',
		(_, quiz: Quiz) => {
			expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
			expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
		},
	);

	it('use all seven question types', () => {
		const types = new Set(quizzes.flatMap((quiz) => quiz.questions.map((q) => q.type)));
		expect([...types].sort()).toEqual(['best', 'match', 'multiple', 'order', 'single', 'spot', 'truefalse']);
	});

	it('include Spot the Bzzzt: a standalone transcript with the four mistakes of the cold call', () => {
		const bzzzt = quizzes.find((quiz) => quiz.id === 'spot-the-bzzzt');
		expect(bzzzt?.modules).toEqual([]);
		const spot = bzzzt?.questions.find((q) => q.type === 'spot');
		expect(spot?.type === 'spot' && spot.lines.filter((line) => line.mistake).length).toBe(4);
	});
});
