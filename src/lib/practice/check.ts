/**
 * A `<Check>` inside a module's text (issue 14): one question, single or multiple choice, with
 * feedback per option, answered in place and not scored. This judges an answer and says which
 * options' feedback to show.
 */

/** An option as the check's markup carries it. */
export interface CheckOption {
	/** Unique within the check (`a`, `b`… in the order written). */
	id: string;
	/** Whether choosing it is (part of) the right answer. */
	correct: boolean;
}

/** `right`: exactly the right options; `partly`: some right ones (multiple choice); `wrong`: none. */
export type CheckVerdict = 'right' | 'partly' | 'wrong';

export interface CheckResult {
	verdict: CheckVerdict;
	/** Options whose feedback to show: every one chosen, and every right one missed. */
	explain: string[];
	/** Right options the learner did not choose. */
	missed: string[];
}

/**
 * Judges `chosen` (option ids; unknown ids are ignored) against `options`. An empty answer is
 * `undefined`: the page asks for one instead of judging.
 */
export function judgeCheck(options: readonly CheckOption[], chosen: readonly string[]): CheckResult | undefined {
	const known = new Set(options.map((option) => option.id));
	const picked = new Set(chosen.filter((id) => known.has(id)));
	if (picked.size === 0) return undefined;
	const right = options.filter((option) => option.correct).map((option) => option.id);
	const missed = right.filter((id) => !picked.has(id));
	const wrongPicks = [...picked].filter((id) => !right.includes(id));
	const hits = right.length - missed.length;
	const verdict: CheckVerdict = missed.length === 0 && wrongPicks.length === 0 ? 'right' : hits > 0 ? 'partly' : 'wrong';
	const explain = options.map((option) => option.id).filter((id) => picked.has(id) || missed.includes(id));
	return { verdict, explain, missed };
}
