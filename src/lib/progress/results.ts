import type { ProgressRecord, QuizResult, ReceivedAssignment, RoleplayProgress, RoleplayResult } from './schema.ts';

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

/** Records a finished role-play call: keeps the best of its mode (practice and assessment apart) by `overall`, and the last. */
export function recordRoleplayResult(record: ProgressRecord, scenarioId: string, result: RoleplayResult): ProgressRecord {
	const previous = record.roleplays[scenarioId];
	const kept = previous?.[result.mode];
	const best = kept && kept.overall >= result.overall ? kept : result;
	return {
		...record,
		roleplays: {
			...record.roleplays,
			[scenarioId]: { ...previous, [result.mode]: best, last: result, plays: (previous?.plays ?? 0) + 1 },
		},
	};
}

/** The result to show for a scenario: the best assessment call when there is one, else the best practice call. */
export function bestRoleplay(progress: RoleplayProgress | undefined): RoleplayResult | undefined {
	return progress?.assessment ?? progress?.practice;
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
