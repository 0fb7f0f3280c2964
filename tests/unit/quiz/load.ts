import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkQuizSource } from '../../../src/lib/quiz/check.ts';
import { QuizFileSchema } from '../../../src/lib/quiz/validate.ts';
import type { Quiz } from '../../../src/lib/quiz/schema.ts';

export const FIXTURES = 'tests/unit/quiz/fixtures';

/** Checks a fixture as `scripts/check-quizzes.ts` does: problems come back prefixed with its path. */
export function checkFixture(name: string) {
	const file = `${FIXTURES}/${name}`;
	return { file, ...checkQuizSource(file, readFileSync(file, 'utf8')) };
}

/** The valid fixture, parsed: one question of each of the seven types. */
export function validQuiz(): Quiz {
	return QuizFileSchema.parse(parse(readFileSync(`${FIXTURES}/valid.yaml`, 'utf8')));
}

/** The question with this id; a test that names a missing one fails here, saying which. */
export function questionById<Q extends { id: string }>(quiz: { questions: readonly Q[] }, id: string): Q {
	const question = quiz.questions.find((candidate) => candidate.id === id);
	if (!question) throw new Error(`No question "${id}" in the quiz`);
	return question;
}
