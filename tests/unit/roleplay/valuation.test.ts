import { describe, expect, it } from 'vitest';
import { allowances, debrief } from '../../../src/lib/roleplay/debrief.ts';
import { replay } from '../../../src/lib/roleplay/engine.ts';
import type { ScenarioGraph } from '../../../src/lib/roleplay/types.ts';
import { graph, reply } from './graph.ts';

/**
 * The shape of the bug in issue 10: after a rough call, the reset leaves stress at exactly 50;
 * the warm replies of the next call need stress below 50. Answering at once keeps stress at 45
 * (the agent has not yet felt the last call), so more points stay reachable after it.
 */
const shift = graph({
	id: 'reset',
	start: 'gap',
	meters: { mood: 50, patience: 50, stress: 60 },
	dimensions: ['courtesy', 'boundaries', 'efficiency'],
	nodes: {
		gap: {
			choices: [
				reply('reset', 'caller', { score: { boundaries: 1 }, effects: { stress: -10, seconds: 60 } }),
				reply('answer', 'caller', { score: { efficiency: 1 }, effects: { stress: -15 } }),
			],
		},
		caller: {
			choices: [
				reply('warm', 'done', { when: { stress: { lt: 50 } }, score: { courtesy: 3 } }),
				reply('flat', 'done', { score: { courtesy: 0 } }),
			],
		},
		done: { end: 'resolved' },
	},
});

describe('what a turn costs', () => {
	const allowance = allowances(shift).default!;

	it('never lists the reset as costly for the warmer replies it leaves out of reach', () => {
		const result = debrief(shift, replay(shift, ['reset', 'flat']), allowance);
		expect(result.costly.map((turn) => turn.chosen)).not.toContain('reset');
		expect(result.costly).toEqual([]);
	});

	it('tells the truth beside the score: this call scored below what the scenario allows', () => {
		const result = debrief(shift, replay(shift, ['reset', 'flat']), allowance);
		expect(result.overall).toBeLessThan(result.bestOverall);
	});

	it('measures a turn against the best reply on offer at that turn, in that state', () => {
		const result = debrief(shift, replay(shift, ['answer', 'flat']), allowance);
		expect(result.costly).toEqual([expect.objectContaining({ step: 1, node: 'caller', chosen: 'flat', better: 'warm' })]);
	});

	it('does not call a reply costly when it starts the best call still possible', () => {
		const sacrifice: ScenarioGraph = {
			...shift,
			id: 'sacrifice',
			nodes: {
				...shift.nodes,
				gap: {
					choices: [
						reply('reset', 'caller', { score: { efficiency: -1 }, effects: { stress: -20 } }),
						reply('answer', 'caller', { score: { efficiency: 1 } }),
					],
				},
			},
		};
		const result = debrief(sacrifice, replay(sacrifice, ['reset', 'warm']), allowances(sacrifice).default!);
		expect(result.costly).toEqual([]);
		expect(result.overall).toBeCloseTo(result.bestOverall);
	});

	it('lists costly turns in call order with the step to replay from', () => {
		const chain = graph({
			id: 'chain',
			start: 'one',
			dimensions: ['courtesy'],
			nodes: {
				one: { choices: [reply('good', 'two', { score: { courtesy: 1 } }), reply('bad', 'two', { score: { courtesy: -1 } })] },
				two: { choices: [reply('good', 'end', { score: { courtesy: 3 } }), reply('bad', 'end', { score: { courtesy: -3 } })] },
				end: { end: 'resolved' },
			},
		});
		const result = debrief(chain, replay(chain, ['bad', 'bad']), allowances(chain).default!);
		expect(result.costly.map((turn) => [turn.step, turn.node])).toEqual([
			[0, 'one'],
			[1, 'two'],
		]);
	});
});
