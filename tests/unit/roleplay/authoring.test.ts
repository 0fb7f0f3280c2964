import { describe, expect, it } from 'vitest';
import { authoringLimits, authoringProblems, authoringReport } from '../../../src/lib/roleplay/authoring.ts';
import type { GraphChoice, ScenarioGraph } from '../../../src/lib/roleplay/types.ts';
import { graph, reply } from './graph.ts';

/** Text lengths by reply id: the graph carries no text, so the test says how long each reply is. */
const lengths = (table: Record<string, number>) => (_node: string, choice: GraphChoice) => table[choice.id] ?? 10;

describe('authoring figures', () => {
	// At each turn the longest reply is best on every dimension, and every reply leads to the same line.
	const giveaway = graph({
		id: 'giveaway',
		start: 'one',
		dimensions: ['courtesy', 'empathy'],
		nodes: {
			one: { choices: [reply('long', 'two', { score: { courtesy: 1, empathy: 1 } }), reply('short', 'two', { score: { courtesy: -1 } })] },
			two: { choices: [reply('long2', 'end', { score: { courtesy: 1, empathy: 1 } }), reply('short2', 'end', { score: { empathy: -1 } })] },
			end: { end: 'resolved' },
		},
	});
	const longFirst = lengths({ long: 90, long2: 90, short: 20, short2: 20 });

	it('finds the give-away: best is longest everywhere, no trade-off, the other person never reacts', () => {
		const report = authoringReport(giveaway, ['en'], longFirst);
		expect(report.decisionPoints).toBe(2);
		expect(report.bestIsLongest).toEqual({ en: 1 });
		expect(report.longestNodes).toEqual({ en: ['one', 'two'] });
		expect(report.tradeOffs).toBe(0);
		expect(report.plainNodes).toEqual(['one', 'two']);
		expect(report.reacts).toBe(0);
		expect(report.strategies.longest).toBe(1);
		expect(report.strategies.greedy).toBe(1);
		expect(report.mainPathDecisions).toBe(2);
		expect(report.endings).toBe(1);
	});

	it('fails such a scenario, saying what to change and where', () => {
		const problems = authoringProblems(authoringReport(giveaway, ['en'], longFirst)).join('\n');
		expect(problems).toMatch(/in en, the best reply is also the longest at 100 % .* at one, two/);
		expect(problems).toMatch(/only 0 % of decision points are real trade-offs.* at one, two\./);
		expect(problems).toMatch(/always picking the longest reply scores 100 %/);
		expect(problems).toMatch(new RegExp(`the best call takes only 2 decisions \\(at least ${authoringLimits.mainPathDecisions}\\)`));
		expect(problems).toMatch(/only 1 different ending/);
	});

	it('counts a real dilemma: each reply wins on a different dimension, and the next line depends on it', () => {
		const dilemma: ScenarioGraph = {
			...giveaway,
			nodes: {
				one: {
					choices: [
						reply('quick', 'brisk', { score: { courtesy: 1, empathy: -1 } }),
						reply('warm', 'soft', { score: { courtesy: -1, empathy: 1 } }),
					],
				},
				brisk: { end: 'resolved' },
				soft: { end: 'callback' },
			},
		};
		const report = authoringReport(dilemma, ['en', 'fr'], lengths({ quick: 10, warm: 80 }));
		expect(report.tradeOffs).toBe(1);
		expect(report.reacts).toBe(1);
		expect(report.endings).toBe(2);
		expect(report.strategies.longest).toBe(0.5);
	});
});
