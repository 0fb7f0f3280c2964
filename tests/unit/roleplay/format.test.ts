import { describe, expect, it } from 'vitest';
import { allowances, debrief } from '../../../src/lib/roleplay/debrief.ts';
import { available, choose, replay, shown, start } from '../../../src/lib/roleplay/engine.ts';
import { retell } from '../../../src/lib/roleplay/turns.ts';
import type { ScenarioGraph } from '../../../src/lib/roleplay/types.ts';
import { graph, reply } from './graph.ts';

describe('facts and line variants: the other person reacts to what happened', () => {
	const scenario = graph({
		id: 'facts',
		start: 'open',
		dimensions: ['empathy'],
		nodes: {
			open: { choices: [reply('dutch', 'thanks', { set: ['spoke-dutch'], score: { empathy: 1 } }), reply('english', 'thanks')] },
			thanks: {
				variants: [{ when: { has: ['spoke-dutch'] } }],
				choices: [reply('bye', 'end'), reply('tot-ziens', 'end', { when: { has: ['spoke-dutch'] } })],
			},
			end: { end: 'resolved' },
		},
	});

	it('says the variant only on the path where its fact was set', () => {
		expect(choose(scenario, start(scenario), 'dutch').arrived).toEqual([{ node: 'thanks', variant: 0 }]);
		expect(choose(scenario, start(scenario), 'english').arrived).toEqual([{ node: 'thanks', variant: -1 }]);
	});

	it('offers a reply that needs a fact only once it is set, and remembers facts to the end', () => {
		const ids = (state: ReturnType<typeof start>) => available(scenario, state).map((c) => c.id);
		expect(ids(choose(scenario, start(scenario), 'english'))).toEqual(['bye']);
		expect(ids(choose(scenario, start(scenario), 'dutch'))).toEqual(['bye', 'tot-ziens']);
		expect(replay(scenario, ['dutch', 'tot-ziens']).facts).toEqual(['spoke-dutch']);
	});
});

describe('time and hold conditions, and what the other person does', () => {
	const scenario = graph({
		id: 'clock',
		start: 'open',
		dimensions: ['courtesy'],
		nodes: {
			open: {
				choices: [
					reply('blind-hold', 'back', { action: 'hold', effects: { hold: 300 }, score: { courtesy: -1 } }),
					reply('short-hold', 'back', { action: 'hold', effects: { hold: 60, seconds: 10 } }),
				],
			},
			back: { branch: [{ when: { hold: { gt: 240 } }, next: 'gone' }], choices: [reply('fix', 'moved')] },
			moved: { effects: { hold: 120, transfer: true }, choices: [reply('thanks', 'done')] },
			gone: { end: 'caller-hung-up' },
			done: { end: 'resolved' },
		},
	});

	it('lets patience run out on a long hold, and says the hold ended the call, how long it was and when', () => {
		const state = choose(scenario, start(scenario), 'blind-hold');
		expect(state.ended).toBe('caller-hung-up');
		expect(state.calls[0]?.cause).toMatchObject({ node: 'back', on: 'hold', value: 300, seconds: 300 });
	});

	it('counts a hold and a transfer done by the other person, so the figures match the story', () => {
		const state = replay(scenario, ['short-hold', 'fix', 'thanks']);
		const result = debrief(scenario, state, allowances(scenario).default!);
		expect(result.holdSeconds).toBe(60 + 120);
		expect(result.transfers).toBe(1);
		expect(result.handleSeconds).toBe(70 + 120);
		expect(result.calls[0]?.cause).toBeUndefined();
	});
});

describe('shifts: several calls, stress carried, mood reset', () => {
	const scenario = graph({
		id: 'shift',
		start: 'first',
		meters: { mood: 20, patience: 10, stress: 40 },
		dimensions: ['courtesy', 'boundaries'],
		nodes: {
			first: {
				call: { mood: 20, patience: 10 },
				choices: [
					reply('retort', 'first-end', { score: { courtesy: -1 }, effects: { mood: -20, stress: 20 } }),
					reply('calm', 'first-end', { score: { courtesy: 1 }, effects: { stress: 5 } }),
				],
			},
			'first-end': { branch: [{ when: { mood: { lte: 0 } }, next: 'first-hung-up' }], end: 'resolved', then: 'gap' },
			'first-hung-up': { end: 'caller-hung-up', then: 'gap' },
			gap: {
				choices: [reply('reset', 'second', { score: { boundaries: 1 }, effects: { stress: -10, seconds: 60 } }), reply('answer', 'second')],
			},
			second: {
				call: { mood: 60, patience: 80 },
				choices: [reply('warm', 'second-end', { when: { stress: { lt: 50 } }, score: { courtesy: 2 } }), reply('flat', 'second-end')],
			},
			'second-end': { end: 'resolved' },
		},
	});

	it('ends the first call on a hang-up but goes on to the next caller', () => {
		const state = choose(scenario, start(scenario), 'retort');
		expect(state.ended).toBeUndefined();
		expect(state.node).toBe('gap');
		expect(state.arrived.map((a) => a.node)).toEqual(['first-hung-up', 'gap']);
		expect(state.calls).toEqual([
			expect.objectContaining({ ended: 'caller-hung-up', stress: 60, cause: expect.objectContaining({ on: 'mood' }) }),
		]);
	});

	it('starts the next caller with their own mood and patience, and carries the agent’s stress', () => {
		const state = replay(scenario, ['retort', 'answer']);
		expect(state.meters).toEqual({ mood: 60, patience: 80, stress: 60 });
	});

	it('reports every call and the stress curve across the shift', () => {
		const state = replay(scenario, ['calm', 'reset', 'warm']);
		const result = debrief(scenario, state, allowances(scenario).default!);
		expect(result.calls.map((c) => c.ended)).toEqual(['resolved', 'resolved']);
		expect(result.stressCurve).toEqual([40, 45, 35, 35]);
		expect(result.calls[1]?.seconds).toBe(0);
		expect(result.handleSeconds).toBe(60);
	});
});

describe('personas', () => {
	const scenario = graph({
		id: 'personas',
		start: 'open',
		dimensions: ['empathy'],
		personas: [
			{ id: 'patient', meters: {} },
			{ id: 'hurried', meters: { patience: 10 } },
		],
		nodes: {
			open: {
				variants: [{ when: { persona: 'hurried' } }],
				choices: [reply('chat', 'end', { score: { empathy: 1 } }), reply('quick', 'end', { when: { persona: 'hurried' } })],
			},
			end: { end: 'resolved' },
		},
	});

	it('starts with the persona’s meters and lines, the first persona by default', () => {
		expect(start(scenario).persona).toBe('patient');
		expect(start(scenario).meters.patience).toBe(50);
		const hurried = start(scenario, { persona: 'hurried' });
		expect(hurried.meters.patience).toBe(10);
		expect(hurried.arrived).toEqual([{ node: 'open', variant: 0 }]);
		expect(available(scenario, hurried).map((c) => c.id)).toEqual(['chat', 'quick']);
		expect(available(scenario, start(scenario)).map((c) => c.id)).toEqual(['chat']);
	});

	it('analyses each persona on its own', () => {
		expect(Object.keys(allowances(scenario))).toEqual(['patient', 'hurried']);
	});
});

describe('reply order', () => {
	const scenario = graph({
		id: 'order',
		start: 'open',
		dimensions: ['empathy'],
		nodes: {
			open: { choices: ['a', 'b', 'c', 'd'].map((id) => reply(id, 'end')) },
			end: { end: 'resolved' },
		},
	});
	const order = (seed: number) => shown(scenario, start(scenario, { seed })).map((c) => c.id);

	it('is the same for the same seed, on every replay', () => {
		for (const seed of [0, 1, 7, 123456]) expect(order(seed)).toEqual(order(seed));
	});

	it('shows every available reply once', () => {
		expect([...order(42)].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('does not keep the file’s order: over many attempts, each reply is shown first', () => {
		const firsts = new Set(Array.from({ length: 64 }, (_, seed) => order(seed)[0]));
		expect(firsts).toEqual(new Set(['a', 'b', 'c', 'd']));
	});
});

describe('the route of a call, for its map', () => {
	const scenario = graph({
		id: 'route',
		start: 'open',
		dimensions: ['courtesy'],
		nodes: {
			open: { choices: [reply('rude', 'check', { effects: { mood: -60 } }), reply('kind', 'check')] },
			check: { branch: [{ when: { mood: { lt: 10 } }, next: 'gone' }], choices: [reply('fix', 'done')] },
			gone: { end: 'caller-hung-up' },
			done: { end: 'resolved' },
		},
	});

	it('follows a jump that fired, and only that one', () => {
		const rude = retell(scenario, ['rude']);
		expect(rude.route.links).toEqual(new Set(['check>gone']));
		expect(rude.route.nodes).toEqual(new Set(['open', 'check', 'gone']));
		expect(rude.state.arrived).toEqual([{ node: 'gone', variant: -1, via: ['check'] }]);
		const kind = retell(scenario, ['kind', 'fix']);
		expect(kind.route.links).toEqual(new Set());
		expect(kind.route.nodes).toEqual(new Set(['open', 'check', 'done']));
	});

	it('says why a reply was locked: a fact from another path, or one said earlier on this path', () => {
		const facts: ScenarioGraph = {
			...scenario,
			nodes: {
				open: { choices: [reply('promise', 'next', { set: ['promised'] }), reply('plain', 'next')] },
				next: {
					choices: [
						reply('keep', 'done', { when: { has: ['promised'] } }),
						reply('offer', 'done', { when: { lacks: ['promised'] } }),
						reply('other', 'done', { when: { persona: 'nobody' } }),
						reply('fine', 'done'),
					],
				},
				done: { end: 'resolved' },
			},
		};
		const [, second] = retell(facts, ['promise', 'fine']).turns;
		expect(second!.locked).toEqual([{ choice: 'offer', reasons: [{ on: 'fact', kind: 'lacks' }] }]);
		const [, plain] = retell(facts, ['plain', 'fine']).turns;
		expect(plain!.locked).toEqual([{ choice: 'keep', reasons: [{ on: 'fact', kind: 'has' }] }]);
	});
});
