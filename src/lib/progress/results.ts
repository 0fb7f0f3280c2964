import { quizCardId } from '../review/card-ids.ts';
import { addReviewCards } from './review-cards.ts';
import type { ProgressRecord, QuizProgress, QuizResult, ReceivedAssignment } from './schema.ts';

/**
 * Records a finished quiz attempt: numbers it, updates best and last, keeps the first assessment
 * attempt as the one that counts (an attempt marked `assessment` after answers were shown, or
 * after another assessment, is kept as practice), marks the answers as shown (the results screen
 * shows them) and clears the attempt in progress. Every question missed becomes a review card.
 */
export function recordQuizResult(record: ProgressRecord, quizId: string, result: QuizResult): ProgressRecord {
	const previous = record.quizzes[quizId];
	const attempts = (previous?.attempts ?? 0) + 1;
	const honest = result.mode === 'assessment' && !previous?.assessment && !answersShown(previous);
	const numbered: QuizResult = { ...result, attempt: attempts, mode: honest ? 'assessment' : 'practice' };
	const best = previous?.best && previous.best.score >= numbered.score ? previous.best : numbered;
	const cards = (result.missed ?? []).map((question) => quizCardId(quizId, question));
	return {
		...addReviewCards(record, cards, result.date),
		quizzes: {
			...record.quizzes,
			[quizId]: {
				best,
				...(honest ? { assessment: numbered } : previous?.assessment ? { assessment: previous.assessment } : {}),
				revealed: true,
				last: numbered,
				attempts,
			},
		},
	};
}

/** Whether a quiz's answers have been shown on this device (feedback while practising, or a results screen). */
export function answersShown(progress: QuizProgress | undefined): boolean {
	return Boolean(progress && (progress.revealed || progress.attempts > 0));
}

/** Records that practice feedback showed an answer: attempts after this are practice. */
export function markAnswersShown(record: ProgressRecord, quizId: string): ProgressRecord {
	const previous = record.quizzes[quizId] ?? { attempts: 0 };
	if (previous.revealed) return record;
	return { ...record, quizzes: { ...record.quizzes, [quizId]: { ...previous, revealed: true } } };
}

/** Saves the attempt in progress (seed and answers so far) so a reload can resume it. */
export function saveQuizAttempt(
	record: ProgressRecord,
	quizId: string,
	current: { seed: number; answers: Record<string, unknown> },
): ProgressRecord {
	const previous = record.quizzes[quizId] ?? { attempts: 0 };
	return { ...record, quizzes: { ...record.quizzes, [quizId]: { ...previous, current } } };
}

/** Keeps an assignment opened from a link; opening the same link again keeps the first date. */
export function receiveAssignment(
	record: ProgressRecord,
	received: Pick<ReceivedAssignment, 'fragment' | 'title' | 'passMark' | 'assessment' | 'items' | 'paths'> & { id: string },
	date: string,
): ProgressRecord {
	const previous: ReceivedAssignment | undefined = record.assignments[received.id];
	return {
		...record,
		assignments: {
			...record.assignments,
			[received.id]: {
				...previous,
				fragment: received.fragment,
				title: received.title,
				passMark: received.passMark,
				assessment: received.assessment,
				items: received.items,
				paths: received.paths,
				received: previous?.received ?? date,
			},
		},
	};
}
