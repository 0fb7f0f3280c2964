/**
 * The turns of a role-play as review cards show them: what was said, the replies on offer, and
 * which of them is worth most at that turn. Build time only (`/[lang]/review/turns/<id>.json`).
 */
import type { Locale } from '../i18n/locales.ts';
import { allowanceFor, allowances, replyValue } from '../roleplay/debrief.ts';
import type { Scenario } from '../roleplay/schema.ts';

/** A reply on offer at a turn. */
export interface TurnReply {
	/** What the learner would say. */
	say: string;
	/** Why it lands well or badly (the scenario's feedback). */
	feedback: string;
	/** Whether it is worth the most at this turn by its own points (as the debrief judges a costly turn). */
	best: boolean;
}

/** A moment of the call where the learner chose a reply. */
export interface TurnSource {
	/** Who spoke just before: the other person, or the narrator. */
	speaker: 'agent' | 'caller' | 'narrator';
	/** What they said (the node's line; a variant's wording may differ in the call). */
	line: string;
	replies: TurnReply[];
}

const EPSILON = 1e-9;

/** Every turn of `scenario` with replies, by node id, in `locale`. */
export function turnsOf(scenario: Scenario, locale: Locale): Record<string, TurnSource> {
	const { bounds } = allowanceFor(allowances(scenario), undefined);
	const turns: Record<string, TurnSource> = {};
	for (const [id, node] of Object.entries(scenario.nodes)) {
		const choices = node.choices ?? [];
		if (choices.length === 0) continue;
		const values = choices.map((choice) => replyValue(choice, scenario.dimensions, bounds));
		const top = Math.max(...values);
		turns[id] = {
			speaker: node.speaker,
			line: node.line[locale],
			replies: choices.map((choice, i) => ({
				say: choice.say[locale],
				feedback: choice.feedback[locale],
				best: values[i]! >= top - EPSILON,
			})),
		};
	}
	return turns;
}
