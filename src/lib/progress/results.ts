import type { ProgressRecord, QuizResult, ReceivedAssignment } from './schema.ts';

/** Records a finished quiz attempt: updates best and last, clears the attempt in progress. */
export function recordQuizResult(record: ProgressRecord, quizId: string, result: QuizResult): ProgressRecord {
	const previous = record.quizzes[quizId];
	const best = previous?.best && previous.best.score >= result.score ? previous.best : result;
	return {
		...record,
		quizzes: {
			...record.quizzes,
			[quizId]: { best, last: result, attempts: (previous?.attempts ?? 0) + 1 },
		},
	};
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

/** Marks a module (`<track>/<slug>`) as read, keeping the first date. */
export function markModuleRead(record: ProgressRecord, moduleKey: string, date: string): ProgressRecord {
	if (record.modulesRead[moduleKey]) return record;
	return { ...record, modulesRead: { ...record.modulesRead, [moduleKey]: date } };
}

/** Keeps an assignment opened from a link; opening the same link again keeps the first date. */
export function receiveAssignment(
	record: ProgressRecord,
	received: { id: string; fragment: string; title: string },
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
				received: previous?.received ?? date,
			},
		},
	};
}
