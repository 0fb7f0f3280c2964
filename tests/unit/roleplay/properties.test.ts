import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extremePath, personaRuns } from '../../../src/lib/roleplay/analysis.ts';
import { allowances, debrief, replyJudge, replyValue } from '../../../src/lib/roleplay/debrief.ts';
import { available, choose, replay, shown, start } from '../../../src/lib/roleplay/engine.ts';
import { meters } from '../../../src/lib/roleplay/schema.ts';
import type { CallState } from '../../../src/lib/roleplay/types.ts';
import { mustLoad } from './load.ts';

const shipped = readdirSync('src/content/scenarios')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => `src/content/scenarios/${f}`);
const files = ['tests/unit/roleplay/fixtures/valid.yaml', ...shipped];

describe.each(files)('random calls through %s', (file) => {
	const scenario = mustLoad(file);
	const all = allowances(scenario);
	// One judge per persona: it memoises the best call from each state, which every debrief needs.
	const judges = Object.fromEntries(Object.entries(all).map(([who, allowance]) => [who, replyJudge(scenario, allowance)]));
	const personas = personaRuns(scenario);
	const maxTurns = Object.keys(scenario.nodes).length;

	/** Plays a call as a learner sees it (shuffled replies), picking the reply the random numbers point at. */
	const play = (persona: string | undefined, seed: number, picks: number[]): { state: CallState; turns: number } => {
		let state = start(scenario, { persona, seed });
		let turns = 0;
		while (!state.ended && turns <= maxTurns) {
			const options = shown(scenario, state);
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

	const persona = fc.constantFrom(...personas);
	const seed = fc.nat({ max: 2 ** 31 });
	const picks = fc.array(fc.nat({ max: 1000 }), { minLength: maxTurns, maxLength: maxTurns });

	it('always reaches an ending, within as many turns as there are nodes', () => {
		fc.assert(
			fc.property(persona, seed, picks, (who, s, p) => {
				const { state, turns } = play(who, s, p);
				expect(state.ended).toBeDefined();
				expect(turns).toBeLessThanOrEqual(maxTurns);
			}),
			{ numRuns: 200 },
		);
	});

	it('keeps every total within the computed best and worst', () => {
		fc.assert(
			fc.property(persona, seed, picks, (who, s, p) => {
				const { state } = play(who, s, p);
				const { bounds } = all[who ?? 'default']!;
				for (const d of scenario.dimensions) {
					expect(state.scores[d]).toBeLessThanOrEqual(bounds[d].best);
					expect(state.scores[d]).toBeGreaterThanOrEqual(bounds[d].worst);
				}
			}),
			{ numRuns: 200 },
		);
	});

	it('shows every available reply once, in the same order on every replay of the attempt', () => {
		fc.assert(
			fc.property(persona, seed, picks, (who, s, p) => {
				const { state } = play(who, s, p);
				let at = start(scenario, { persona: who, seed: s });
				for (const step of state.path) {
					const order = shown(scenario, at).map((c) => c.id);
					expect([...order].sort()).toEqual(
						available(scenario, at)
							.map((c) => c.id)
							.sort(),
					);
					expect(shown(scenario, { ...at }).map((c) => c.id)).toEqual(order);
					at = choose(scenario, at, step.choice);
				}
			}),
			{ numRuns: 100 },
		);
	});

	it('lists a turn as costly only when a reply then on offer was worth more on its own points', () => {
		fc.assert(
			fc.property(persona, seed, picks, (who, s, p) => {
				const { state } = play(who, s, p);
				const allowance = all[who ?? 'default']!;
				const judge = judges[who ?? 'default'];
				const result = debrief(scenario, state, allowance, judge);
				expect(
					debrief(
						scenario,
						replay(
							scenario,
							state.path.map((step) => step.choice),
							{ persona: who, seed: s },
						),
						allowance,
						judge,
					),
				).toEqual(result);
				expect(result.overall).toBeGreaterThanOrEqual(0);
				expect(result.overall).toBeLessThanOrEqual(result.bestOverall + 1e-9);
				let at = start(scenario, { persona: who, seed: s });
				const costlySteps = new Map(result.costly.map((turn) => [turn.step, turn]));
				state.path.forEach((step, index) => {
					const turn = costlySteps.get(index);
					if (turn) {
						const options = available(scenario, at);
						const value = (id: string) =>
							replyValue(
								options.find((c) => c.id === id)!,
								scenario.dimensions,
								allowance.bounds,
							);
						expect(value(turn.better)).toBeGreaterThan(value(turn.chosen));
						expect(turn.chosen).toBe(step.choice);
					}
					at = choose(scenario, at, step.choice);
				});
				expect(result.costly.map((turn) => turn.step)).toEqual([...result.costly.map((turn) => turn.step)].sort((a, b) => a - b));
			}),
			{ numRuns: 100 },
		);
	}, 60_000);

	it.each(personas)('gives the best call (persona %s) no costly turn and the best share', (who) => {
		const allowance = all[who ?? 'default']!;
		const best = replay(scenario, extremePath(scenario, allowance.bounds, 'best', { persona: who }), { persona: who });
		const result = debrief(scenario, best, allowance);
		expect(result.costly).toEqual([]);
		expect(result.overall).toBeCloseTo(allowance.bestOverall, 9);
	});
});
