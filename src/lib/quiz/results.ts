/**
 * The results of a round: every question scored (a retry's kept answers included), pass or
 * fail, calibration, and which questions were missed.
 */
import type { QuizResult } from '../progress/schema.ts';
import type { AttemptQuestion, AttemptQuiz, AttemptState, Confidence } from './attempt.ts';
import { passes, percent, quizScore, scoreQuestion, type Answer } from './scoring.ts';

/** One question in the results. */
export interface QuestionResult<Q extends AttemptQuestion = AttemptQuestion> {
	/** The question, as the caller passed it (one language's copy in the island). */
	question: Q;
	/** The learner's answer; undefined if never answered. */
	answer?: Answer;
	/** Credit, 0–1 (see `scoring.ts`). */
	credit: number;
	/** Full credit. Anything less counts as missed and is offered again by "Retry the ones I missed". */
	right: boolean;
	/** How sure the learner said they were, if they said. */
	confidence?: Confidence;
	/** Whether this round asked it (false for questions a retry kept from the round before). */
	asked: boolean;
}

/**
 * Calibration: how sure the learner was against how they did. "Sure but wrong" is the pattern to
 * fix: a confident mistake is the one that gets said to a real caller. Partial credit counts as
 * wrong here, since the learner was sure of an answer that was not fully right.
 */
export interface Calibration {
	/** Answers given "sure" that were fully right. */
	sureRight: number;
	/** Answers given "sure" that were not fully right: the pattern to fix. */
	sureWrong: number;
	/** Answers given "not sure" that were fully right. */
	unsureRight: number;
	/** Answers given "not sure" that were not fully right. */
	unsureWrong: number;
	/** Questions answered without saying how sure. */
	unrated: number;
	/** Ids of the questions answered sure and not fully right, in quiz order. */
	sureWrongIds: string[];
}

/** A round's results, as the results screen shows them. */
export interface AttemptResults<Q extends AttemptQuestion = AttemptQuestion> {
	/** Mean credit over all the quiz's questions, 0–1. */
	score: number;
	/** `score` as a whole percentage. */
	percent: number;
	/** Whether `percent` reaches the quiz's pass mark. */
	passed: boolean;
	/** Every question of the quiz, in quiz order. */
	questions: QuestionResult<Q>[];
	/** Sure/unsure against right/wrong. */
	calibration: Calibration;
	/** Ids of the questions without full credit, in quiz order. */
	missed: string[];
}

/** How many answers the learner rated sure or not sure (calibration has nothing to say without any). */
export function ratedCount(calibration: Calibration): number {
	return calibration.sureRight + calibration.sureWrong + calibration.unsureRight + calibration.unsureWrong;
}

/** The 1-based number of question `id` in the quiz (as the results list numbers them); 0 if absent. */
export function questionNumber(quiz: { questions: readonly { id: string }[] }, id: string): number {
	return quiz.questions.findIndex((q) => q.id === id) + 1;
}

/** Scores every question of the quiz (a retry's kept answers included) and sums up. */
export function attemptResults<Q extends AttemptQuestion>(quiz: AttemptQuiz<Q>, state: AttemptState): AttemptResults<Q> {
	const asked = new Set(state.asked);
	const questions = quiz.questions.map((question): QuestionResult<Q> => {
		const record = state.answers[question.id];
		const credit = record ? scoreQuestion(question, record.value) : 0;
		return {
			question,
			answer: record?.value,
			credit,
			right: credit === 1,
			confidence: record?.confidence,
			asked: asked.has(question.id),
		};
	});
	const calibration: Calibration = {
		sureRight: 0,
		sureWrong: 0,
		unsureRight: 0,
		unsureWrong: 0,
		unrated: 0,
		sureWrongIds: [],
	};
	for (const result of questions) {
		if (result.answer === undefined) continue;
		if (result.confidence === 'sure') {
			if (result.right) calibration.sureRight += 1;
			else {
				calibration.sureWrong += 1;
				calibration.sureWrongIds.push(result.question.id);
			}
		} else if (result.confidence === 'unsure') {
			if (result.right) calibration.unsureRight += 1;
			else calibration.unsureWrong += 1;
		} else calibration.unrated += 1;
	}
	const score = quizScore(questions.map((q) => q.credit));
	return {
		score,
		percent: percent(score),
		passed: passes(score, quiz.passMark),
		questions,
		calibration,
		missed: questions.filter((q) => !q.right).map((q) => q.question.id),
	};
}

/**
 * What `src/lib/progress` keeps of a finished round: its score, whether it may count as the
 * assessment (`recordQuizResult` checks again against the record), and the questions missed.
 */
export function toQuizResult(results: AttemptResults, state: Pick<AttemptState, 'counts'>, date: Date): QuizResult {
	return {
		score: results.score,
		passed: results.passed,
		date: date.toISOString(),
		mode: state.counts ? 'assessment' : 'practice',
		missed: results.missed,
	};
}

/**
 * A new round asking only `missed` (the questions without full credit, see `attemptResults`);
 * the others keep their answers, so the new score is over the whole quiz. With nothing missed
 * it is a fresh start.
 */
export function retryMissed(quiz: AttemptQuiz, state: AttemptState, missed: readonly string[], seed: number): AttemptState {
	const all = quiz.questions.map((q) => q.id);
	const asked = all.filter((id) => missed.includes(id));
	// A retry follows a results screen that showed the answers: it is practice.
	const rules = { ...(state.mode ? { mode: state.mode } : {}), counts: false };
	if (asked.length === 0) return { seed, asked: all, position: 0, answers: {}, finished: false, ...rules };
	const answers = Object.fromEntries(Object.entries(state.answers).filter(([id]) => !asked.includes(id)));
	return { seed, asked, position: 0, answers, finished: false, ...rules };
}
