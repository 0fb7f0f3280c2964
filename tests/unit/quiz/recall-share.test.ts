import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAX_RECALL_SHARE, recallProblems, recallShare } from '../../../src/lib/quiz/recall-share';
import { QuizFileSchema } from '../../../src/lib/quiz/validate';

const question = (kind: 'recall' | 'judgement', id: string) => ({ id, kind });

describe('recallShare', () => {
	it('counts the questions that ask for a figure, a date, a name or a source', () => {
		const quiz = {
			id: 'q',
			questions: [question('recall', 'a'), question('judgement', 'b'), question('judgement', 'c'), question('judgement', 'd')],
		};
		expect(recallShare(quiz as never)).toEqual({ quiz: 'q', recall: 1, total: 4, share: 0.25 });
	});

	it('allows one recall question in seven (14 %) but none in six (17 %)', () => {
		const seven = { id: 'seven', questions: [question('recall', 'r'), ...'abcdef'.split('').map((id) => question('judgement', id))] };
		const six = { id: 'six', questions: [question('recall', 'r'), ...'abcde'.split('').map((id) => question('judgement', id))] };
		expect(recallProblems([recallShare(seven as never)])).toEqual([]);
		expect(recallProblems([recallShare(six as never)])).toEqual([
			expect.stringMatching(/^src\/content\/quizzes\/six\.yaml: 1 of 6 questions are "kind: recall" \(17 %; at most 15 %\)/),
		]);
	});
});

describe('the shipped quizzes', () => {
	const quizzes = readdirSync('src/content/quizzes')
		.filter((file) => /^[^_].*\.yaml$/.test(file))
		.map((file) => QuizFileSchema.parse(parse(readFileSync(`src/content/quizzes/${file}`, 'utf8'))));

	it('each ask for recall in at most 15 % of their questions; the rest are situations', () => {
		expect(quizzes.length).toBeGreaterThan(40);
		const shares = quizzes.map(recallShare);
		expect(recallProblems(shares)).toEqual([]);
		const all = shares.reduce((sum, entry) => sum + entry.recall, 0) / shares.reduce((sum, entry) => sum + entry.total, 0);
		expect(all).toBeLessThanOrEqual(MAX_RECALL_SHARE);
	});
});
