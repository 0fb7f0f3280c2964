import { describe, expect, it } from 'vitest';
import { analyse, extremePath, share } from '../../../src/lib/roleplay/analysis.ts';
import { allowances, CallNotEndedError, debrief } from '../../../src/lib/roleplay/debrief.ts';
import { available, ChoiceNotAvailableError, choose, replay, start } from '../../../src/lib/roleplay/engine.ts';
import { mustLoad } from './load.ts';

const scenario = mustLoad('tests/unit/roleplay/fixtures/valid.yaml');
const ids = (choices: { id: string }[]) => choices.map((c) => c.id);

describe('engine', () => {
	it('starts at the start node with the initial meters', () => {
		const state = start(scenario);
		expect(state.node).toBe('open');
		expect(state.meters).toEqual({ mood: 40, patience: 30, stress: 20 });
		expect(state.scores).toEqual({ courtesy: 0, ownership: 0, efficiency: 0 });
	});

	it('offers record-gated choices only after the record was opened', () => {
		const looked = choose(scenario, start(scenario), 'look');
		expect(looked.recordOpened).toBe(true);
		expect(ids(available(scenario, looked))).toEqual(['fix', 'hold', 'transfer']);
	});

	it('follows a meter branch on arrival: patience gone, the caller hangs up', () => {
		const state = choose(scenario, start(scenario), 'rush');
		expect(state.meters.patience).toBe(10);
		expect(state.node).toBe('hung-up');
		expect(state.ended).toBe('caller-hung-up');
		expect(available(scenario, state)).toEqual([]);
	});

	it('counts time, hold and transfers, and clamps meters', () => {
		const held = replay(scenario, ['look', 'hold']);
		expect(held.seconds).toBe(20 + 10 + 90);
		expect(held.holdSeconds).toBe(90);
		const moved = replay(scenario, ['look', 'transfer']);
		expect(moved.transfers).toBe(1);
		const fixed = replay(scenario, ['look', 'fix']);
		expect(fixed.meters.mood).toBe(70);
		expect(fixed.path).toEqual([
			{ node: 'open', choice: 'look' },
			{ node: 'middle', choice: 'fix' },
		]);
	});

	it('refuses a choice that is not available, with a typed error', () => {
		expect(() => choose(scenario, start(scenario), 'fix')).toThrow(ChoiceNotAvailableError);
		expect(() => choose(scenario, start(scenario), 'nope')).toThrow(/"nope" is not available at node "open"/);
	});

	it('does not change the state it is given', () => {
		const first = start(scenario);
		const copy = structuredClone(first);
		choose(scenario, first, 'look');
		expect(first).toEqual(copy);
	});
});

describe('analysis', () => {
	const analysis = analyse(scenario);

	it('computes best and worst reachable totals per dimension', () => {
		expect(analysis.bounds).toEqual({
			courtesy: { best: 1, worst: -2 },
			ownership: { best: 3, worst: -1 },
			efficiency: { best: 1, worst: 0 },
		});
		expect(analysis.endings).toEqual(['caller-hung-up', 'escalated', 'resolved']);
	});

	it('finds the best and worst calls', () => {
		expect(extremePath(scenario, analysis.bounds, 'best')).toEqual(['look', 'fix']);
		expect(extremePath(scenario, analysis.bounds, 'worst')).toEqual(['rush']);
	});

	it('expresses a total as a share of the reachable range', () => {
		expect(share(3, { best: 3, worst: -1 })).toBe(1);
		expect(share(-1, { best: 3, worst: -1 })).toBe(0);
		expect(share(1, { best: 3, worst: -1 })).toBe(0.5);
		expect(share(0, { best: 0, worst: 0 })).toBe(1);
	});
});

describe('debrief', () => {
	const analysis = allowances(scenario).default!;

	it('gives full marks and no costly turns to the best call', () => {
		const result = debrief(scenario, replay(scenario, ['look', 'fix']), analysis);
		expect(result.outcome).toBe('resolved');
		expect(result.shares).toEqual({ courtesy: 1, ownership: 1, efficiency: 1 });
		expect(result.overall).toBe(1);
		expect(result.bestOverall).toBe(1);
		expect(result.costly).toEqual([]);
	});

	it('names the turn that cost the most and the better choice there', () => {
		const result = debrief(scenario, replay(scenario, ['look', 'transfer']), analysis);
		expect(result.outcome).toBe('escalated');
		expect(result.transfers).toBe(1);
		expect(result.costly).toHaveLength(1);
		expect(result.costly[0]).toMatchObject({ step: 1, node: 'middle', chosen: 'transfer', better: 'fix' });
		expect(result.shares.ownership).toBe(0);
	});

	it('refuses to debrief a call that is still going', () => {
		expect(() => debrief(scenario, start(scenario), analysis)).toThrow(CallNotEndedError);
	});
});
