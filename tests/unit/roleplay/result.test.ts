import { describe, expect, it } from 'vitest';
import { checkRecord, emptyRecord } from '../../../src/lib/progress/schema.ts';
import { extremePath } from '../../../src/lib/roleplay/analysis.ts';
import { allowances, debrief } from '../../../src/lib/roleplay/debrief.ts';
import { replay } from '../../../src/lib/roleplay/engine.ts';
import { markedPath, MAX_PATH, recordCall, recordedAs, toRoleplayResult } from '../../../src/lib/roleplay/result.ts';
import { mustLoad } from './load.ts';

const scenario = mustLoad('tests/unit/roleplay/fixtures/valid.yaml');
const allowance = allowances(scenario).default!;
const finished = (goal: 'best' | 'worst') => debrief(scenario, replay(scenario, extremePath(scenario, allowance.bounds, goal)), allowance);
/** A finished call and its debrief. */
const played = (goal: 'best' | 'worst') => {
	const call = replay(scenario, extremePath(scenario, allowance.bounds, goal));
	return { call, outcome: debrief(scenario, call, allowance) };
};
const monday = new Date('2026-11-30T09:00:00Z');
const tuesday = new Date('2026-12-01T09:00:00Z');

describe('toRoleplayResult', () => {
	it('keeps the shares, overall, outcome, mode and date of the debrief', () => {
		const outcome = finished('best');
		expect(toRoleplayResult(outcome, 'assessment', monday)).toEqual({
			shares: outcome.shares,
			overall: outcome.overall,
			outcome: outcome.outcome,
			mode: 'assessment',
			date: monday.toISOString(),
		});
	});
});

describe('the path of a call', () => {
	it('stores every reply as node.choice, in call order, the costly turns marked with a leading !', () => {
		const { call, outcome } = played('worst');
		expect(outcome.costly.length).toBeGreaterThan(0);
		const stored = toRoleplayResult(outcome, 'practice', monday, call.path).path!;
		expect(stored).toHaveLength(call.path.length);
		const costly = new Set(outcome.costly.map((turn) => turn.step));
		call.path.forEach((step, i) => {
			expect(stored[i]).toBe(`${costly.has(i) ? '!' : ''}${step.node}.${step.choice}`);
		});
		// The costly turns are exactly the marked ones.
		expect(stored.flatMap((entry, i) => (entry.startsWith('!') ? [i] : []))).toEqual([...costly].sort((a, b) => a - b));
	});

	it('marks nothing on a call without costly turns', () => {
		const { call, outcome } = played('best');
		expect(outcome.costly).toEqual([]);
		expect(toRoleplayResult(outcome, 'assessment', monday, call.path).path?.some((entry) => entry.startsWith('!'))).toBe(false);
	});

	it('keeps at most the first 300 replies, their marks where the debrief put them', () => {
		const long = Array.from({ length: MAX_PATH + 50 }, (_, i) => ({ node: `n${i}`, choice: 'c' }));
		const marked = markedPath(long, {
			costly: [{ step: 0 }, { step: 299 }, { step: 320 }].map((turn) => ({ ...turn, node: '', chosen: '', better: '', cost: 0 })),
		});
		expect(marked).toHaveLength(MAX_PATH);
		expect(marked[0]).toBe('!n0.c');
		expect(marked[1]).toBe('n1.c');
		expect(marked.at(-1)).toBe('!n299.c');
	});

	it('is kept by the progress record, which accepts it when read back', () => {
		const { call, outcome } = played('worst');
		const record = recordCall(emptyRecord(), scenario.id, outcome, 'assessment', monday, call.path);
		const path = record.roleplays[scenario.id]?.assessment?.path;
		expect(path).toEqual(markedPath(call.path, outcome));
		expect(checkRecord(JSON.parse(JSON.stringify(record))).roleplays[scenario.id]?.assessment?.path).toEqual(path);
	});

	it('is left out when no path is given', () => {
		expect(toRoleplayResult(finished('best'), 'practice', monday)).not.toHaveProperty('path');
	});
});

describe('recordedAs', () => {
	it('says a first assessment call counts, and a second one is practice because a debrief was seen', () => {
		const { call, outcome } = played('best');
		const first = recordCall(emptyRecord(), scenario.id, outcome, 'assessment', monday, call.path);
		expect(recordedAs(first.roleplays[scenario.id]!.last, 'assessment', false)).toEqual({ mode: 'assessment', attempt: 1 });
		const second = recordCall(first, scenario.id, outcome, 'assessment', tuesday, call.path);
		expect(recordedAs(second.roleplays[scenario.id]!.last, 'assessment', false)).toEqual({ mode: 'practice', attempt: 2, because: 'seen' });
		// The counted call stays the first.
		expect(second.roleplays[scenario.id]?.assessment).toMatchObject({ attempt: 1, date: monday.toISOString() });
	});

	it('says an assessment call with a turn tried again is practice because of the retry', () => {
		const { call, outcome } = played('worst');
		// The call screen switches the call to practice when a turn is tried again.
		const record = recordCall(emptyRecord(), scenario.id, outcome, 'practice', monday, call.path);
		expect(recordedAs(record.roleplays[scenario.id]!.last, 'assessment', true)).toEqual({
			mode: 'practice',
			attempt: 1,
			because: 'retried',
		});
	});

	it('gives no reason for a call played as practice', () => {
		const record = recordCall(emptyRecord(), scenario.id, finished('best'), 'practice', monday);
		expect(recordedAs(record.roleplays[scenario.id]!.last, 'practice', false)).toEqual({ mode: 'practice', attempt: 1 });
	});
});

describe('recordCall', () => {
	it('records a first call as best and last, one play, without touching the record it was given', () => {
		const before = emptyRecord();
		const after = recordCall(before, scenario.id, finished('worst'), 'practice', monday);
		expect(before.roleplays).toEqual({});
		expect(after.roleplays[scenario.id]).toMatchObject({ plays: 1, practice: { date: monday.toISOString() } });
	});

	it('keeps the counted assessment call and the best practice call apart, and the latest as last', () => {
		const good = finished('best');
		const bad = finished('worst');
		expect(good.overall).toBeGreaterThan(bad.overall);
		const record = recordCall(recordCall(emptyRecord(), scenario.id, bad, 'assessment', monday), scenario.id, good, 'practice', tuesday);
		const entry = record.roleplays[scenario.id];
		expect(entry?.plays).toBe(2);
		expect(entry?.assessment).toMatchObject({ overall: bad.overall, attempt: 1 });
		expect(entry?.practice).toMatchObject({ overall: good.overall, attempt: 2 });
		expect(entry?.last).toMatchObject({ overall: good.overall, mode: 'practice', date: tuesday.toISOString() });
	});

	it('records an assessment call made after another call as practice: the first debrief showed the better replies', () => {
		const good = finished('best');
		const bad = finished('worst');
		const record = recordCall(recordCall(emptyRecord(), scenario.id, bad, 'practice', monday), scenario.id, good, 'assessment', tuesday);
		const entry = record.roleplays[scenario.id];
		expect(entry?.assessment).toBeUndefined();
		expect(entry?.practice).toMatchObject({ overall: good.overall, attempt: 2 });
		expect(entry?.last).toMatchObject({ mode: 'practice', attempt: 2 });
	});
});
