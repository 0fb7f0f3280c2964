import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkQuizSource } from '../../../src/lib/quiz/check.ts';
import { coverageProblems } from '../../../src/lib/quiz/coverage.ts';
import { QuizFileSchema } from '../../../src/lib/quiz/validate.ts';
import { checkFixture, FIXTURES } from './load.ts';

// One broken fixture per rule: the problem must name the file, where in it, and the question.
const rules: { fixture: string; path: string; question?: string; says: RegExp }[] = [
	{
		fixture: 'single-two-correct.yaml',
		path: 'questions.1.options',
		question: 'greet',
		says: /exactly one .*correct.*found 2/,
	},
	{
		fixture: 'single-none-correct.yaml',
		path: 'questions.1.options',
		question: 'greet',
		says: /exactly one .*correct.*found 0/,
	},
	{
		fixture: 'multiple-none-correct.yaml',
		path: 'questions.1.options',
		question: 'habits',
		says: /at least one .*correct/,
	},
	{
		fixture: 'best-two-best.yaml',
		path: 'questions.1.options',
		question: 'reply',
		says: /exactly one .*credit: 1.*found 2/,
	},
	{
		fixture: 'best-missing-credit.yaml',
		path: 'questions.1.options.1.credit',
		question: 'reply',
		says: /option "b" has no "credit"/,
	},
	{
		fixture: 'spot-no-mistake.yaml',
		path: 'questions.1.lines',
		question: 'call',
		says: /at least one line with a "mistake"/,
	},
	{ fixture: 'order-two-items.yaml', path: 'questions.1.items', question: 'steps', says: />=3/ },
	{
		fixture: 'duplicate-question-id.yaml',
		path: 'questions.1.id',
		question: 'fine',
		says: /already used by question 1/,
	},
	{
		fixture: 'duplicate-option-id.yaml',
		path: 'questions.1.options.1.id',
		question: 'greet',
		says: /id "a" is used twice/,
	},
	{
		fixture: 'duplicate-item-id.yaml',
		path: 'questions.1.items.2.id',
		question: 'steps',
		says: /id "b" is used twice/,
	},
	{
		fixture: 'duplicate-pair-id.yaml',
		path: 'questions.1.pairs.1.id',
		question: 'pairs',
		says: /id "x" is used twice/,
	},
	{
		fixture: 'duplicate-line-id.yaml',
		path: 'questions.1.lines.1.id',
		question: 'call',
		says: /id "l1" is used twice/,
	},
	{
		fixture: 'missing-language.yaml',
		path: 'questions.1.prompt.it',
		question: 'greet',
		says: /"it" text is missing/,
	},
	{ fixture: 'pass-mark-zero.yaml', path: 'passMark', says: />=1/ },
	{ fixture: 'pass-mark-over.yaml', path: 'passMark', says: /<=100/ },
];

describe('quiz validation', () => {
	it('accepts the valid fixture', () => {
		expect(checkFixture('valid.yaml').problems).toEqual([]);
	});

	it.each(rules)('$fixture fails, naming file, path and question', ({ fixture, path, question, says }) => {
		const { file, problems, quiz } = checkFixture(fixture);
		expect(quiz).toBeUndefined();
		expect(problems).toHaveLength(1);
		const [line] = problems;
		expect(line?.startsWith(`${file}: ${path}: `), line).toBe(true);
		if (question) expect(line).toContain(`question "${question}": `);
		expect(line).toMatch(says);
	});

	it.each(rules.filter((rule) => rule.question))(
		'$fixture fails the schema the build uses, with the question in the message',
		({ fixture, path, question }) => {
			const data = parse(readFileSync(`${FIXTURES}/${fixture}`, 'utf8'));
			const result = QuizFileSchema.safeParse(data);
			expect(result.success).toBe(false);
			const issue = result.error?.issues[0];
			expect(issue?.path.join('.')).toBe(path);
			// Our own rules say the question id in the message itself (Astro prints only the message).
			if (!/>=3|is missing/.test(checkFixture(fixture).problems[0] ?? '')) {
				expect(issue?.message).toContain(`question "${question}"`);
			}
		},
	);

	it('reports every problem at once, even when the schema fails somewhere else', () => {
		const text = readFileSync(`${FIXTURES}/single-two-correct.yaml`, 'utf8').replace('passMark: 70', 'passMark: 0');
		const { problems } = checkQuizSource('x/single-two-correct.yaml', text);
		expect(problems).toHaveLength(2);
		expect(problems.join('\n')).toMatch(/passMark/);
		expect(problems.join('\n')).toMatch(/question "greet": a "single" question/);
	});

	it('wants the id to match the file name', () => {
		const text = readFileSync(`${FIXTURES}/valid.yaml`, 'utf8');
		expect(checkQuizSource('somewhere/other-name.yaml', text).problems).toEqual([
			'somewhere/other-name.yaml: id: "valid" must match the file name "other-name"',
		]);
	});

	it('says so when the file is not YAML', () => {
		const { problems } = checkQuizSource('x/bad.yaml', 'id: [unclosed');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^x\/bad\.yaml: YAML: /);
	});

	it('rejects the wrong kind of answer key for a type', () => {
		const text = readFileSync(`${FIXTURES}/valid.yaml`, 'utf8').replace(
			'{ id: c, text: { en: "C", fr: "C", it: "C" } }',
			'{ id: c, text: { en: "C", fr: "C", it: "C" }, credit: 1 }',
		);
		expect(checkQuizSource('x/valid.yaml', text).problems).toEqual([
			'x/valid.yaml: questions.0.options.2.credit: question "pick-one": option "c": "credit" belongs to "best" questions; use "correct" here',
		]);
	});

	it('rejects a match whose right sides repeat in a language', () => {
		const text = readFileSync(`${FIXTURES}/valid.yaml`, 'utf8').replace(
			'right: { en: "y", fr: "y", it: "y" }',
			'right: { en: "y", fr: "x", it: "y" }',
		);
		expect(checkQuizSource('x/valid.yaml', text).problems).toEqual([
			'x/valid.yaml: questions.4.pairs.1.right.fr: question "pairs": pairs "x" and "y" have the same right side in "fr"',
		]);
	});
});

describe('scripts/check-quizzes.ts', () => {
	const run = (...files: string[]) => {
		try {
			const stdout = execFileSync(process.execPath, ['scripts/check-quizzes.ts', ...files], {
				encoding: 'utf8',
				stdio: 'pipe',
			});
			return { code: 0, output: stdout };
		} catch (error) {
			const failed = error as { status: number; stdout: string; stderr: string };
			return { code: failed.status, output: failed.stdout + failed.stderr };
		}
	};

	it('exits 0 on a valid file', () => {
		expect(run(`${FIXTURES}/valid.yaml`)).toMatchObject({
			code: 0,
			output: expect.stringMatching(/no problems/),
		});
	});

	it('exits 1 and prints one line per problem, file first', () => {
		const { code, output } = run(`${FIXTURES}/single-two-correct.yaml`, `${FIXTURES}/pass-mark-zero.yaml`);
		expect(code).toBe(1);
		expect(output).toContain(`${FIXTURES}/single-two-correct.yaml: questions.1.options: question "greet": `);
		expect(output).toContain(`${FIXTURES}/pass-mark-zero.yaml: passMark: `);
		expect(output).toMatch(/2 problems in quizzes/);
	});
});

describe('quiz coverage', () => {
	const quizzes = [
		{ file: 'q/a.yaml', modules: ['agents/a'] },
		{ file: 'q/b.yaml', modules: ['agents/b', 'agents/gone'] },
		{ file: 'q/alone.yaml', modules: [] },
	];

	it('is clean when every module has a quiz and every quiz module exists', () => {
		expect(coverageProblems(quizzes.slice(0, 1), ['agents/a'])).toEqual([]);
	});

	it('names a quiz pointing at a missing module and a module without a quiz', () => {
		expect(coverageProblems(quizzes, ['agents/a', 'agents/b', 'callers/c'])).toEqual([
			'q/b.yaml: modules.1: "agents/gone" is not a module (no src/content/modules/en/agents/gone.mdx)',
			'src/content/modules/*/callers/c.mdx: the module has no quiz; add a quiz with "modules: [callers/c]" to src/content/quizzes/',
		]);
	});
});
