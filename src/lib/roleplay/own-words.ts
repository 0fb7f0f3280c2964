/**
 * *Say it first* (issue 14): after the call, each turn's own words — what the learner wrote or said
 * before the replies appeared — beside the reply they chose and the best reply on offer there, with
 * what the phrase lint finds in their words. Pure: the words and the phrase list are handed in.
 */
import { lintPhrases, type PhraseNote, type WeakPhrase } from '../practice/phrase-lint.ts';
import { bestOffered, replyJudge, type Allowance } from './debrief.ts';
import { retell } from './turns.ts';
import type { CallState, ScenarioGraph } from './types.ts';

/** One turn of a *say it first* call, for the debrief. */
export interface OwnWordsTurn {
	/** Index of the step in the call's path (the debrief's "Turn {n}" and "try this turn again"). */
	step: number;
	/** Where the learner answered. */
	node: string;
	/** The wording of the other person's line they answered (index into its `variants`, -1 for its `line`). */
	variant: number;
	/** What they wrote or said first; empty when they went straight to the replies. */
	own: string;
	/** The reply they then chose. */
	chosen: string;
	/** The best reply on offer at that turn, in that state, by the measure of the debrief's costly turns (the chosen one when it was the best). */
	best: string;
	/** Known weak phrases in their own words, in the order written. */
	notes: PhraseNote[];
}

/**
 * Every turn of a finished call that has own words, in call order; a turn with nothing to say
 * first (between the calls of a shift) is left out.
 */
export function ownWordsTurns(
	scenario: ScenarioGraph,
	call: Pick<CallState, 'path' | 'persona' | 'seed'>,
	allowance: Allowance,
	own: readonly (string | null | undefined)[],
	phrases: readonly WeakPhrase[],
	judge: ReturnType<typeof replyJudge> = replyJudge(scenario, allowance),
): OwnWordsTurn[] {
	const { turns } = retell(
		scenario,
		call.path.map((step) => step.choice),
		{ persona: call.persona, seed: call.seed },
	);
	return turns.flatMap((turn) => {
		const words = own[turn.step];
		if (typeof words !== 'string') return [];
		const standing = judge(turn.before, turn.choice);
		// As with costly turns: a reply that starts the best call still possible is the best one, even
		// when another is worth more on its own points (a sacrifice now that pays later).
		const best = standing.onBestCall ? turn.choice : bestOffered(standing).id;
		return [
			{
				step: turn.step,
				node: turn.node,
				variant: turn.variant,
				own: words.trim(),
				chosen: turn.choice,
				best,
				notes: lintPhrases(words, phrases),
			},
		];
	});
}
