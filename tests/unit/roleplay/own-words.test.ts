import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { WeakPhrase } from '../../../src/lib/practice/phrase-lint.ts';
import { WeakPhrasesSchema } from '../../../src/lib/practice/weak-phrases-schema.ts';
import { extremePath, personaRuns } from '../../../src/lib/roleplay/analysis.ts';
import { allowanceFor, allowances, debrief, replyJudge } from '../../../src/lib/roleplay/debrief.ts';
import { replay } from '../../../src/lib/roleplay/engine.ts';
import { ownWordsTurns } from '../../../src/lib/roleplay/own-words.ts';
import { graph, reply } from './graph.ts';
import { mustLoad } from './load.ts';

const english: WeakPhrase[] = WeakPhrasesSchema.parse(parse(readFileSync('src/content/weak-phrases.yaml', 'utf8'))).phrases.map(
	(entry) => ({ id: entry.id, ...entry.en }),
);

const call = graph({
	id: 'say-first',
	start: 'angry',
	dimensions: ['empathy', 'ownership'],
	nodes: {
		angry: {
			speaker: 'caller',
			line: 'This is the third time I call!',
			choices: [reply('calm', 'fix', { score: { empathy: 0 } }), reply('name-it', 'fix', { score: { empathy: 2 } })],
		},
		fix: {
			speaker: 'caller',
			line: 'So what now?',
			choices: [reply('policy', 'done', { score: { ownership: 0 } }), reply('own-it', 'done', { score: { ownership: 2 } })],
		},
		done: { end: 'resolved' },
	},
} as Parameters<typeof graph>[0]);

describe('say it first: own words beside the best reply', () => {
	const allowance = allowances(call).default!;

	it('puts each turn’s own words beside the reply chosen and the best one on offer, with the lint’s notes', () => {
		const state = replay(call, ['calm', 'own-it']);
		const turns = ownWordsTurns(call, state, allowance, ['Please calm down, sir.', 'I will sort it out today.'], english);
		expect(turns.map(({ step, chosen, best }) => ({ step, chosen, best }))).toEqual([
			{ step: 0, chosen: 'calm', best: 'name-it' },
			{ step: 1, chosen: 'own-it', best: 'own-it' },
		]);
		expect(turns[0]!.notes.map((note) => note.found)).toEqual(['calm down']);
		expect(turns[1]!.notes).toEqual([]);
	});

	it('keeps a turn answered with nothing (straight to the replies), and leaves out a turn with nothing to say first', () => {
		const state = replay(call, ['name-it', 'policy']);
		const turns = ownWordsTurns(call, state, allowance, ['', null], english);
		expect(turns).toEqual([expect.objectContaining({ step: 0, own: '', chosen: 'name-it', best: 'name-it', notes: [] })]);
	});

	it('names the same better reply as the debrief’s costly turns', () => {
		const state = replay(call, ['calm', 'policy']);
		const turns = ownWordsTurns(call, state, allowance, ['a', 'b'], english);
		const costly = debrief(call, state, allowance).costly;
		expect(costly.map((turn) => [turn.step, turn.better])).toEqual(turns.map((turn) => [turn.step, turn.best]));
	});
});

const shipped = readdirSync('src/content/scenarios')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => `src/content/scenarios/${file}`);

describe.each(shipped)('%s in say-it-first mode', (file) => {
	const scenario = mustLoad(file);
	const all = allowances(scenario);

	it('on the best call, every turn says the learner chose the best reply; on the worst, some turn shows a better one', () => {
		for (const persona of personaRuns(scenario)) {
			const allowance = allowanceFor(all, persona);
			const judge = replyJudge(scenario, allowance);
			for (const [kind, expectBest] of [
				['best', true],
				['worst', false],
			] as const) {
				const state = replay(scenario, extremePath(scenario, allowance.bounds, kind, { persona }), { persona });
				const own = state.path.map(() => 'My own answer.');
				const turns = ownWordsTurns(scenario, state, allowance, own, english, judge);
				expect(turns).toHaveLength(state.path.length);
				const allBest = turns.every((turn) => turn.best === turn.chosen);
				expect(allBest, `${kind} call${persona ? ` (${persona})` : ''}`).toBe(expectBest);
			}
		}
	});
});
