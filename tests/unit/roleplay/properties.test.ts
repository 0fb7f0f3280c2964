import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/roleplay/analysis.ts';
import { debrief } from '../../../src/lib/roleplay/debrief.ts';
import { available, choose, start } from '../../../src/lib/roleplay/engine.ts';
import { meters } from '../../../src/lib/roleplay/schema.ts';
import type { CallState } from '../../../src/lib/roleplay/types.ts';
import { mustLoad } from './load.ts';

const shipped = readdirSync('src/content/scenarios')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => `src/content/scenarios/${f}`);
const files = ['tests/unit/roleplay/fixtures/valid.yaml', ...shipped];

describe.each(files)('random calls through %s', (file) => {
	const scenario = mustLoad(file);
	const analysis = analyse(scenario);
	const maxTurns = Object.keys(scenario.nodes).length;

	/** Plays a call by picking, at each turn, the available choice the random numbers point at. */
	const play = (picks: number[]): { state: CallState; turns: number } => {
		let state = start(scenario);
		let turns = 0;
		while (!state.ended && turns <= maxTurns) {
			const options = available(scenario, state);
			if (options.length === 0) break;
			const option = options[(picks[turns] ?? 0) % options.length]!;
			state = choose(scenario, state, option.id);
			turns++;
			for (const meter of meters) {
				expect(state.meters[meter]).toBeGreaterThanOrEqual(0);
				expect(state.meters[meter]).toBeLessThanOrEqual(100);
			}
		}
		return { state, turns };
	};

	const picks = fc.array(fc.nat({ max: 1000 }), { minLength: maxTurns, maxLength: maxTurns });

	it('always reaches an ending, within as many turns as there are nodes', () => {
		fc.assert(
			fc.property(picks, (p) => {
				const { state, turns } = play(p);
				expect(state.ended).toBeDefined();
				expect(turns).toBeLessThanOrEqual(maxTurns);
			}),
			{ numRuns: 300 },
		);
	});

	it('keeps every total within the computed best and worst', () => {
		fc.assert(
			fc.property(picks, (p) => {
				const { state } = play(p);
				for (const d of scenario.dimensions) {
					expect(state.scores[d]).toBeLessThanOrEqual(analysis.bounds[d].best);
					expect(state.scores[d]).toBeGreaterThanOrEqual(analysis.bounds[d].worst);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('gives the same debrief for the same choices', () => {
		fc.assert(
			fc.property(picks, (p) => {
				const first = play(p).state;
				const second = play(p).state;
				expect(debrief(scenario, second, analysis)).toEqual(debrief(scenario, first, analysis));
				const result = debrief(scenario, first, analysis);
				expect(result.overall).toBeGreaterThanOrEqual(0);
				expect(result.overall).toBeLessThanOrEqual(1);
				expect(result.pivotal.length).toBeLessThanOrEqual(3);
			}),
			{ numRuns: 100 },
		);
	});
});
