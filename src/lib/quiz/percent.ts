/** A score (0–1) as a whole percentage for display, rounded half up (tolerant of floating-point noise). */
export function percent(score: number): number {
	return Math.round(score * 100 + 1e-9);
}

/**
 * Whether `score` (0–1) reaches `passMark` (1–100 %). Judged on the whole percentage the
 * learner is shown, so "70 %" never reads as a fail against a pass mark of 70 %.
 */
export function passes(score: number, passMark: number): boolean {
	return percent(score) >= passMark;
}
