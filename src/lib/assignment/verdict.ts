/**
 * The one verdict: whether an item of an assignment is passed. The learner's checklist, the quiz
 * and role-play result screens opened from an assignment, the certificate, the completion code and
 * the trainer's table all ask this function, so they cannot disagree.
 */

/** Where a learner stands on one item. */
export type Verdict = 'not-started' | 'in-progress' | 'passed' | 'not-passed';

/** How a result was obtained: in assessment mode before any answer was shown, or in practice. */
export type AttemptMode = 'practice' | 'assessment';

/** The result that counts for an item (see `countedResult`). */
export interface CountedResult {
	/** Score in whole percent; null for a module, which is read rather than scored. */
	score: number | null;
	/** How it was obtained; missing in codes made before modes were recorded (v1). */
	mode?: AttemptMode;
	/** Which attempt it was, 1-based; missing in v1 codes. */
	attempt?: number;
}

/** What an assignment asks of every scored item. */
export interface PassRules {
	/** Pass mark in whole percent, 0–100. */
	passMark: number;
	/** Whether only an assessment-mode result can pass. */
	assessment: boolean;
}

/** Rules outside any assignment (a learning path, My progress): finishing is enough. */
export const NO_RULES: PassRules = { passMark: 0, assessment: false };

/**
 * The verdict on a counted result. A module read passes. A scored item passes when its score
 * reaches the pass mark and, if the assignment requires assessment, it was an assessment
 * attempt: a practice score, however high, was made after the answers were shown.
 */
export function verdictOf(result: CountedResult | undefined, rules: PassRules, started = false): Verdict {
	if (!result) return started ? 'in-progress' : 'not-started';
	if (result.score === null) return 'passed';
	if (rules.assessment && result.mode !== 'assessment') return 'not-passed';
	return result.score >= rules.passMark ? 'passed' : 'not-passed';
}

/** Whether a verdict is final for the checklist: the item was finished, passed or not. */
export const isFinished = (verdict: Verdict): boolean => verdict === 'passed' || verdict === 'not-passed';

/**
 * Which of two results counts. With assessment required, only the assessment result (the first
 * attempt made before any answer was shown); otherwise the higher score, the assessment one on a
 * tie, so a trainer who accepts practice still sees an honest attempt when it is as good.
 */
export function countedResult<T extends { mode?: AttemptMode; score: number | null }>(
	assessment: T | undefined,
	practice: T | undefined,
	rules: PassRules,
): T | undefined {
	if (rules.assessment) return assessment ?? practice;
	if (!assessment || !practice) return assessment ?? practice;
	return (practice.score ?? 0) > (assessment.score ?? 0) ? practice : assessment;
}
