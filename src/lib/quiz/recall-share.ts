import type { Quiz } from './schema.ts';

/**
 * The most a quiz may ask for recall (a figure, a date, a name, a source) rather than judgement:
 * 15 %. A quiz of six questions therefore has none, a quiz of seven at most one.
 */
export const MAX_RECALL_SHARE = 0.15;

/** How many of a quiz's questions ask for recall, and their share of the quiz. */
export interface RecallShare {
	/** The quiz's id. */
	quiz: string;
	/** Questions declared `kind: recall`. */
	recall: number;
	/** All the quiz's questions. */
	total: number;
	/** `recall / total`, from 0 to 1. */
	share: number;
}

/** The recall share of one quiz. */
export function recallShare(quiz: Pick<Quiz, 'id' | 'questions'>): RecallShare {
	const recall = quiz.questions.filter((question) => question.kind === 'recall').length;
	const total = quiz.questions.length;
	return { quiz: quiz.id, recall, total, share: total === 0 ? 0 : recall / total };
}

/** One message per quiz over `MAX_RECALL_SHARE`, naming the file and the recall questions' count. */
export function recallProblems(shares: readonly RecallShare[]): string[] {
	return shares
		.filter((entry) => entry.share > MAX_RECALL_SHARE + 1e-9)
		.map(
			(entry) =>
				`src/content/quizzes/${entry.quiz}.yaml: ${entry.recall} of ${entry.total} questions are "kind: recall" ` +
				`(${Math.round(entry.share * 100)} %; at most ${MAX_RECALL_SHARE * 100} %): rewrite some as situations ("kind: judgement")`,
		);
}
