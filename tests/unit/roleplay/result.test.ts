import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../../src/lib/progress/schema.ts';
import { extremePath } from '../../../src/lib/roleplay/analysis.ts';
import { allowances, debrief } from '../../../src/lib/roleplay/debrief.ts';
import { replay } from '../../../src/lib/roleplay/engine.ts';
import { recordCall, savedNotice, toRoleplayResult } from '../../../src/lib/roleplay/result.ts';
import { mustLoad } from './load.ts';

const scenario = mustLoad('tests/unit/roleplay/fixtures/valid.yaml');
const allowance = allowances(scenario).default!;
const finished = (goal: 'best' | 'worst') => debrief(scenario, replay(scenario, extremePath(scenario, allowance.bounds, goal)), allowance);
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

describe('recordCall', () => {
	it('records a first call as best and last, one play, without touching the record it was given', () => {
		const before = emptyRecord();
		const after = recordCall(before, scenario.id, finished('worst'), 'practice', monday);
		expect(before.roleplays).toEqual({});
		expect(after.roleplays[scenario.id]).toMatchObject({ plays: 1, practice: { date: monday.toISOString() } });
	});

	it('keeps the best call of each mode and the latest as last', () => {
		const good = finished('best');
		const bad = finished('worst');
		expect(good.overall).toBeGreaterThan(bad.overall);
		const record = recordCall(recordCall(emptyRecord(), scenario.id, good, 'practice', monday), scenario.id, bad, 'assessment', tuesday);
		const entry = record.roleplays[scenario.id];
		expect(entry?.plays).toBe(2);
		expect(entry?.practice?.overall).toBe(good.overall);
		expect(entry?.assessment?.overall).toBe(bad.overall);
		expect(entry?.last).toMatchObject({ overall: bad.overall, mode: 'assessment', date: tuesday.toISOString() });
	});
});

describe('savedNotice', () => {
	it('says the result is kept unless storage is memory-only', () => {
		expect(savedNotice('ok')).toBe('saved');
		expect(savedNotice('recovered')).toBe('saved');
		expect(savedNotice('memory-only')).toBe('notSaved');
	});
});
