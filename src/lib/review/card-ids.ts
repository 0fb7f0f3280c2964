/**
 * Review card ids: what a card is about, in one text that is the same in every language, so a
 * card missed in French comes back on the English review page too.
 */

/** Where a card comes from. */
export type CardSource =
	/** A quiz question: `quiz:<quiz id>/<question id>`. */
	| { kind: 'quiz'; quiz: string; question: string }
	/** A check in a module: `check:<track>/<slug>/<check id>`. */
	| { kind: 'check'; module: string; check: string }
	/** A role-play turn where a costly reply was chosen: `turn:<scenario id>/<node id>`. */
	| { kind: 'turn'; scenario: string; node: string };

export const quizCardId = (quiz: string, question: string) => `quiz:${quiz}/${question}`;
/** `moduleKey` is `<track>/<slug>`. */
export const checkCardId = (moduleKey: string, check: string) => `check:${moduleKey}/${check}`;
export const turnCardId = (scenario: string, node: string) => `turn:${scenario}/${node}`;

/** The card ids of a role-play call's costly turns, from its path (`node.choice`, costly ones marked `!`). */
export const costlyTurnIds = (scenario: string, path: readonly string[] = []) =>
	path.filter((step) => step.startsWith('!')).map((step) => turnCardId(scenario, step.slice(1).split('.')[0] ?? ''));

/** What a card id names, or `undefined` for an id that is not one (the schema has already checked its characters). */
export function parseCardId(id: string): CardSource | undefined {
	const [kind, rest = ''] = id.split(/:(.*)/s);
	const parts = rest.split('/');
	if (parts.some((part) => !part)) return undefined;
	if (kind === 'quiz' && parts.length === 2) return { kind, quiz: parts[0]!, question: parts[1]! };
	if (kind === 'check' && parts.length === 3) return { kind, module: `${parts[0]}/${parts[1]}`, check: parts[2]! };
	if (kind === 'turn' && parts.length === 2) return { kind, scenario: parts[0]!, node: parts[1]! };
	return undefined;
}
