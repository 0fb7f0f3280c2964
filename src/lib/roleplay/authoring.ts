/**
 * Authoring figures for a scenario: does it make the learner think? Counts the decision points,
 * how many are genuine trade-offs, how often the best reply is also the longest, how often the
 * other person reacts to what was said, and what three thoughtless strategies score. The
 * scenario checker prints them; the build fails a scenario that falls below the limits.
 */
import {
	bestOverall,
	dimensionWeight,
	explore,
	extremePath,
	measuring,
	movesFrom,
	overallShare,
	personaRuns,
	stateKey,
	type Bounds,
} from './analysis.ts';
import { replyValue } from './debrief.ts';
import { available, choose, start } from './engine.ts';
import type { Dimension } from './schema.ts';
import type { CallState, GraphChoice, ScenarioGraph } from './types.ts';

/** The limits a shipped scenario must keep. */
export const authoringLimits = {
	/** At most this share of decision points may have the best reply as the longest one. */
	bestIsLongest: 0.4,
	/** At least this share of decision points must be genuine trade-offs. */
	tradeOffs: 1 / 3,
	/** Always picking the longest reply may score at most this overall share. */
	alwaysLongest: 0.65,
	/** The best call takes at least this many decisions. */
	mainPathDecisions: 7,
	/** At least this many different endings can be reached. */
	endings: 3,
} as const;

/** The thoughtless strategies measured. */
export type Strategy = 'longest' | 'first' | 'greedy';

export interface AuthoringReport {
	/** Nodes where the learner chooses between two or more replies in some reachable state. */
	decisionPoints: number;
	/** Share of decision points where no reply is best on every dimension (0–1). */
	tradeOffs: number;
	/** Decision nodes that are never a trade-off: one reply is best on every dimension in every state. */
	plainNodes: string[];
	/** Share of decision points where the best reply is the longest, per language (0–1). */
	bestIsLongest: Record<string, number>;
	/** Decision nodes where the best reply is the longest in some state, per language. */
	longestNodes: Record<string, string[]>;
	/** Share of decision points where what is said next differs by reply or by state (0–1). */
	reacts: number;
	/** Overall share scored by each strategy (the highest over languages and personas). */
	strategies: Record<Strategy, number>;
	/** Decisions on the best call. */
	mainPathDecisions: number;
	/** Different ending nodes reachable. */
	endings: number;
	/** Best overall share a call reaches, per persona (or `default`). */
	bestOverall: Record<string, number>;
}

/** Length of a reply's text in a language, supplied by the caller (the graph carries no text). */
export type ReplyLength = (node: string, choice: GraphChoice, language: string) => number;

const EPSILON = 1e-9;
const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/** Whether some reply is at least as good as every other on every dimension (counting what it keeps reachable). */
function hasDominant(vectors: number[][]): boolean {
	return vectors.some((candidate) => vectors.every((other) => other.every((value, d) => candidate[d]! >= value - EPSILON)));
}

export function authoringReport(scenario: ScenarioGraph, languages: readonly string[], length: ReplyLength): AuthoringReport {
	return measuring(scenario, () => measureReport(scenario, languages, length));
}

function measureReport(scenario: ScenarioGraph, languages: readonly string[], length: ReplyLength): AuthoringReport {
	const tradeOffByNode = new Map<string, number[]>();
	const longestByNode = new Map<string, Record<string, number[]>>();
	const landings = new Map<string, Set<string>>();
	const endNodes = new Set<string>();
	const strategies: Record<Strategy, number> = { longest: 0, first: 0, greedy: 0 };
	const best: Record<string, number> = {};
	let mainPathDecisions = Infinity;

	for (const persona of personaRuns(scenario)) {
		const options = persona ? { persona } : {};
		const walk = explore(scenario);
		const origin = start(scenario, options);
		const bounds = walk.future(origin);
		best[persona ?? 'default'] = bestOverall(scenario, bounds, options);

		const seen = new Set<string>();
		const visit = (state: CallState, key: string) => {
			if (seen.has(key)) return;
			seen.add(key);
			for (const call of state.calls) endNodes.add(call.node);
			if (state.ended) return;
			const moves = movesFrom(scenario, state, key);
			const choices = moves.map((move) => move.choice);
			const after = moves.map((move) => move.next);
			const signatures = landings.get(state.node) ?? new Set<string>();
			after.forEach((next) => signatures.add(next.arrived.map((a) => `${a.node}:${a.variant}`).join('>')));
			landings.set(state.node, signatures);
			if (choices.length >= 2) {
				const vectors = choices.map((choice, i) => {
					const future = walk.future(after[i]!, moves[i]!.key);
					return scenario.dimensions.map((d) => (choice.score[d] ?? 0) + future[d].best);
				});
				const totals = vectors.map((vector) =>
					vector.reduce((sum, value, d) => sum + dimensionWeight(bounds, scenario.dimensions[d]!) * value, 0),
				);
				const top = Math.max(...totals);
				const bestIds = new Set(choices.filter((_, i) => totals[i]! >= top - EPSILON).map((c) => c.id));
				const list = tradeOffByNode.get(state.node) ?? [];
				list.push(hasDominant(vectors) ? 0 : 1);
				tradeOffByNode.set(state.node, list);
				const byLanguage = longestByNode.get(state.node) ?? {};
				for (const language of languages) {
					const lengths = choices.map((choice) => length(state.node, choice, language));
					const longest = choices[lengths.indexOf(Math.max(...lengths))]!;
					(byLanguage[language] ??= []).push(bestIds.has(longest.id) ? 1 : 0);
				}
				longestByNode.set(state.node, byLanguage);
			}
			moves.forEach((move) => visit(move.next, move.key));
		};
		visit(origin, stateKey(origin));

		const play = (pick: (state: CallState, choices: GraphChoice[]) => GraphChoice): number => {
			let state = origin;
			while (!state.ended) {
				const choices = available(scenario, state);
				if (choices.length === 0) break;
				state = choose(scenario, state, pick(state, choices).id);
			}
			return overallShare(scenario.dimensions, state.scores, bounds as Record<Dimension, Bounds>);
		};
		for (const language of languages) {
			const score = play((state, choices) => {
				const lengths = choices.map((choice) => length(state.node, choice, language));
				return choices[lengths.indexOf(Math.max(...lengths))]!;
			});
			strategies.longest = Math.max(strategies.longest, score);
		}
		strategies.first = Math.max(
			strategies.first,
			play((_, choices) => choices[0]!),
		);
		strategies.greedy = Math.max(
			strategies.greedy,
			play((_, choices) =>
				choices.reduce((top, choice) =>
					replyValue(choice, scenario.dimensions, bounds) > replyValue(top, scenario.dimensions, bounds) + EPSILON ? choice : top,
				),
			),
		);

		let state = origin;
		let decisions = 0;
		for (const id of extremePath(scenario, bounds, 'best', options)) {
			if (available(scenario, state).length >= 2) decisions++;
			state = choose(scenario, state, id);
		}
		mainPathDecisions = Math.min(mainPathDecisions, decisions);
	}

	const nodes = [...tradeOffByNode.keys()];
	const bestIsLongest: Record<string, number> = {};
	const longestNodes: Record<string, string[]> = {};
	for (const language of languages) {
		bestIsLongest[language] = mean(nodes.map((node) => mean(longestByNode.get(node)?.[language] ?? [])));
		longestNodes[language] = nodes.filter((node) => (longestByNode.get(node)?.[language] ?? []).some((v) => v === 1));
	}
	return {
		decisionPoints: nodes.length,
		tradeOffs: mean(nodes.map((node) => mean(tradeOffByNode.get(node)!))),
		plainNodes: nodes.filter((node) => tradeOffByNode.get(node)!.every((v) => v === 0)),
		bestIsLongest,
		longestNodes,
		reacts: mean(nodes.map((node) => ((landings.get(node)?.size ?? 0) > 1 ? 1 : 0))),
		strategies,
		mainPathDecisions: Number.isFinite(mainPathDecisions) ? mainPathDecisions : 0,
		endings: endNodes.size,
		bestOverall: best,
	};
}

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** The limits a report breaks, as messages that say what to change. */
export function authoringProblems(report: AuthoringReport): string[] {
	const problems: string[] = [];
	for (const [language, value] of Object.entries(report.bestIsLongest)) {
		if (value > authoringLimits.bestIsLongest) {
			problems.push(
				`in ${language}, the best reply is also the longest at ${percent(value)} of decision points (limit ${percent(authoringLimits.bestIsLongest)}): shorten the best reply or lengthen a weaker one at ${report.longestNodes[language]!.join(', ')}.`,
			);
		}
	}
	if (report.tradeOffs < authoringLimits.tradeOffs - EPSILON) {
		problems.push(
			`only ${percent(report.tradeOffs)} of decision points are real trade-offs (at least ${percent(authoringLimits.tradeOffs)}): give the best-looking reply a cost on another dimension, or a meter effect that closes a later reply, at ${report.plainNodes.join(', ')}.`,
		);
	}
	if (report.strategies.longest > authoringLimits.alwaysLongest + EPSILON) {
		problems.push(
			`always picking the longest reply scores ${percent(report.strategies.longest)} (limit ${percent(authoringLimits.alwaysLongest)}): make some long replies weak and some short ones strong.`,
		);
	}
	if (report.mainPathDecisions < authoringLimits.mainPathDecisions) {
		problems.push(`the best call takes only ${report.mainPathDecisions} decisions (at least ${authoringLimits.mainPathDecisions}).`);
	}
	if (report.endings < authoringLimits.endings) {
		problems.push(`only ${report.endings} different ending(s) can be reached (at least ${authoringLimits.endings}).`);
	}
	return problems;
}

/** One line of figures for the checker. */
export function describeReport(report: AuthoringReport): string {
	const longest = Object.entries(report.bestIsLongest)
		.map(([language, value]) => `${language} ${percent(value)}`)
		.join(', ');
	const best = Object.entries(report.bestOverall)
		.map(([persona, value]) => `${persona} ${percent(value)}`)
		.join(', ');
	return [
		`${report.decisionPoints} decision points`,
		`trade-offs ${percent(report.tradeOffs)}`,
		`best is longest ${longest}`,
		`reacts ${percent(report.reacts)}`,
		`always longest ${percent(report.strategies.longest)}, always first ${percent(report.strategies.first)}, greedy ${percent(report.strategies.greedy)}`,
		`main path ${report.mainPathDecisions} decisions`,
		`${report.endings} endings`,
		`best call ${best}`,
	].join(' · ');
}

/** A problem at a place in the scenario file. */
export interface PlacedProblem {
	path: (string | number)[];
	message: string;
}

interface MeterView {
	side: 'agent' | 'caller';
	shown?: readonly ('mood' | 'patience' | 'stress')[];
	nodes: Record<
		string,
		{
			choices?: { effects: Partial<Record<string, number>> }[];
			effects?: Partial<Record<string, unknown>>;
			branch?: { when: object; because?: unknown }[];
			call?: object;
		}
	>;
}

/**
 * Meters the learner sees must be able to move; a meter the learner cannot see may end a call
 * only if the jump says why (its `because`, told in the debrief).
 */
export function meterProblems(scenario: MeterView, shown: readonly string[]): PlacedProblem[] {
	const problems: PlacedProblem[] = [];
	const nodes = Object.entries(scenario.nodes);
	for (const meter of shown) {
		const moves = nodes.some(
			([, node]) =>
				node.choices?.some((choice) => (choice.effects[meter] ?? 0) !== 0) ||
				(typeof node.effects?.[meter] === 'number' && node.effects[meter] !== 0) ||
				(meter !== 'stress' && node.call !== undefined),
		);
		if (!moves) {
			problems.push({
				path: ['shown'],
				message: `the learner is shown "${meter}", but no choice or event changes it: give some choices a "${meter}" effect, or leave it out of "shown".`,
			});
		}
	}
	for (const [id, node] of nodes) {
		node.branch?.forEach((rule, i) => {
			const hidden = ['mood', 'patience', 'stress'].filter((meter) => meter in rule.when && !shown.includes(meter));
			if (hidden.length > 0 && rule.because === undefined) {
				problems.push({
					path: ['nodes', id, 'branch', i, 'because'],
					message: `this jump tests ${hidden.join(' and ')}, which the learner cannot see: add "because" (en, fr, it) so the debrief can say why it happened.`,
				});
			}
		});
	}
	return problems;
}
