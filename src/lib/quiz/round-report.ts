/**
 * What the quiz tells the learner about a round's mode and whether it counts: a note while the
 * round runs, and on the results screen how the attempt was recorded and what the buttons start.
 * Loaded with the review screens (review-views), never at page load.
 *
 * The rule, as the screens say it: the attempt that counts is the first one made in assessment
 * mode before any of the quiz's answers were shown on this device (see `recordQuizResult`);
 * later attempts are practice.
 */
import type { AssignmentContext } from '../assignment/context.ts';
import { answersShown } from '../progress/results.ts';
import type { QuizProgress, QuizResult } from '../progress/schema.ts';
import type { AttemptState } from './attempt.ts';

type Mode = 'practice' | 'assessment';

/** The note above a round's questions; `roundNote` gives undefined when there is nothing to say. */
export interface RoundNote {
	/** The assignment the quiz was opened from: its title, pass mark and whether it requires assessment. */
	assignment?: { title: string; passMark: number; assessment: boolean };
	/** The round's mode differs from the quiz's own (the quiz facts line above says the quiz's own). */
	mode?: Mode;
	/** The round is in assessment mode but will be recorded as practice: the answers have been shown. */
	practice: boolean;
}

/** The note for a round (`mode`, `counts`) of a quiz whose own mode is `quizMode`, opened from `context`. */
export function roundNote(
	round: Pick<AttemptState, 'mode' | 'counts'>,
	quizMode: Mode,
	context: AssignmentContext | undefined,
): RoundNote | undefined {
	const mode = round.mode ?? quizMode;
	const practice = mode === 'assessment' && round.counts !== true;
	const assignment = context && {
		title: context.received.title,
		passMark: context.rules.passMark,
		assessment: context.rules.assessment,
	};
	// An assignment requiring assessment says "Assessment mode" itself.
	const changed = mode !== quizMode && !assignment?.assessment ? mode : undefined;
	if (!assignment && !practice && !changed) return undefined;
	return { ...(assignment ? { assignment } : {}), ...(changed ? { mode: changed } : {}), practice };
}

/**
 * How a finished attempt was recorded (`last`, as `recordQuizResult` numbered and moded it): it
 * counts as the assessment; it is practice although played in assessment mode, because the
 * answers had been shown; or it is a practice round.
 */
export function attemptKind(last: Pick<QuizResult, 'mode'>, roundMode: Mode): 'counts' | 'practiceShown' | 'practice' {
	if (last.mode === 'assessment') return 'counts';
	return roundMode === 'assessment' ? 'practiceShown' : 'practice';
}

/**
 * Whether "Start again" would start a practice round: it does unless its mode is assessment
 * and no answer has been shown yet (never so once a results screen has shown them).
 */
export function restartIsPractice(progress: QuizProgress | undefined, nextMode: Mode): boolean {
	return nextMode !== 'assessment' || answersShown(progress);
}
