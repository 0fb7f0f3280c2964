import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	countedResult,
	isFinished,
	NO_RULES,
	verdictOf,
	type AttemptMode,
	type CountedResult,
	type PassRules,
	type Verdict,
} from '../../../src/lib/assignment/verdict.ts';

/** What a learner has for an item, as the table below spells it out. */
type Held = 'nothing' | 'module' | 'scored';
type Position = 'below' | 'at' | 'above';
interface Case {
	held: Held;
	started: boolean;
	mode: AttemptMode | undefined;
	required: boolean;
	passMark: number;
	/** Where the score stands against the pass mark (scored results only). */
	position: Position | undefined;
}

const PASS_MARKS = [0, 1, 50, 70, 80, 99, 100];
const scoreFor = (passMark: number, position: Position) => passMark + { below: -1, at: 0, above: 1 }[position];

/** Every combination, skipping only scores that cannot exist (below 0 %, above 100 %). */
function allCases(): Case[] {
	const cases: Case[] = [];
	for (const started of [false, true])
		for (const required of [false, true])
			for (const passMark of PASS_MARKS) {
				cases.push({ held: 'nothing', started, mode: undefined, required, passMark, position: undefined });
				for (const mode of ['assessment', 'practice', undefined] as const) {
					cases.push({ held: 'module', started, mode, required, passMark, position: undefined });
					for (const position of ['below', 'at', 'above'] as const) {
						const score = scoreFor(passMark, position);
						if (score >= 0 && score <= 100) cases.push({ held: 'scored', started, mode, required, passMark, position });
					}
				}
			}
	return cases;
}

/** The rule as the issue states it, written out case by case, independently of `verdictOf`. */
function expected(c: Case): Verdict {
	if (c.held === 'nothing') {
		if (c.started) return 'in-progress';
		return 'not-started';
	}
	// A module read is done and passed: there is nothing to score.
	if (c.held === 'module') return 'passed';
	// Assessment required: a practice result (or one whose mode is unknown) never passes.
	if (c.required && c.mode !== 'assessment') return 'not-passed';
	if (c.position === 'below') return 'not-passed';
	return 'passed';
}

function resultOf(c: Case): CountedResult | undefined {
	if (c.held === 'nothing') return undefined;
	const score = c.held === 'module' ? null : scoreFor(c.passMark, c.position!);
	return c.mode ? { score, mode: c.mode, attempt: 1 } : { score };
}

const label = (c: Case) =>
	[
		c.held,
		c.started ? 'started' : 'not started',
		c.mode ?? 'no mode',
		c.required ? 'assessment required' : 'any mode',
		`pass mark ${c.passMark}`,
		c.position ? `score ${c.position}` : '',
	]
		.filter(Boolean)
		.join(', ');

const cases = allCases();

describe('verdictOf', () => {
	it('covers every combination the table is built from', () => {
		// 2 started × 2 required × 7 pass marks × (1 nothing + 3 modes × (1 module + 3 positions, less 2 impossible at 0 and 100)).
		const perMark = (mark: number) => 1 + 3 * (1 + (mark === 0 || mark === 100 ? 2 : 3));
		expect(cases).toHaveLength(2 * 2 * PASS_MARKS.reduce((sum, mark) => sum + perMark(mark), 0));
		expect(new Set(cases.map(label)).size).toBe(cases.length);
	});

	it.each(cases.map((c) => [label(c), c] as const))('%s', (_, c) => {
		const verdict = verdictOf(resultOf(c), { passMark: c.passMark, assessment: c.required }, c.started);
		expect(verdict).toBe(expected(c));
		// A result, whatever it is, is finished; no result never is.
		expect(isFinished(verdict)).toBe(c.held !== 'nothing');
	});

	it('outside an assignment, finishing is enough', () => {
		expect(verdictOf({ score: 0, mode: 'practice' }, NO_RULES)).toBe('passed');
		expect(verdictOf({ score: 0 }, NO_RULES)).toBe('passed');
		expect(verdictOf(undefined, NO_RULES)).toBe('not-started');
	});

	const score = fc.integer({ min: 0, max: 100 });
	const rules: fc.Arbitrary<PassRules> = fc.record({ passMark: score, assessment: fc.boolean() });
	const mode = fc.constantFrom<AttemptMode | undefined>('assessment', 'practice', undefined);

	it('never says passed for a practice result (or one of unknown mode) when assessment is required', () => {
		fc.assert(
			fc.property(score, score, fc.constantFrom<AttemptMode | undefined>('practice', undefined), fc.nat(), (s, passMark, m, attempt) => {
				const result = m ? { score: s, mode: m, attempt } : { score: s };
				expect(verdictOf(result, { passMark, assessment: true })).toBe('not-passed');
			}),
		);
	});

	it('raising the score never turns passed into not passed', () => {
		fc.assert(
			fc.property(score, score, rules, mode, (a, b, r, m) => {
				const [low, high] = a <= b ? [a, b] : [b, a];
				if (verdictOf({ score: low, mode: m }, r) === 'passed') expect(verdictOf({ score: high, mode: m }, r)).toBe('passed');
			}),
		);
	});

	it('a higher pass mark or requiring assessment never turns not passed into passed', () => {
		fc.assert(
			fc.property(score, score, score, fc.boolean(), mode, (s, a, b, required, m) => {
				const [low, high] = a <= b ? [a, b] : [b, a];
				const result = { score: s, mode: m };
				if (verdictOf(result, { passMark: low, assessment: required }) === 'not-passed')
					expect(verdictOf(result, { passMark: high, assessment: required })).toBe('not-passed');
				if (verdictOf(result, { passMark: low, assessment: false }) === 'not-passed')
					expect(verdictOf(result, { passMark: low, assessment: true })).toBe('not-passed');
			}),
		);
	});
});

describe('countedResult', () => {
	const assessment: CountedResult = { score: 27, mode: 'assessment', attempt: 1 };
	const practice: CountedResult = { score: 100, mode: 'practice', attempt: 2 };
	const required: PassRules = { passMark: 80, assessment: true };
	const optional: PassRules = { passMark: 80, assessment: false };

	it('with assessment required, counts the assessment attempt however good the practice was', () => {
		expect(countedResult(assessment, practice, required)).toBe(assessment);
		// No assessment at all: the practice result is shown, and `verdictOf` will not pass it.
		expect(countedResult(undefined, practice, required)).toBe(practice);
		expect(verdictOf(countedResult(undefined, practice, required), required)).toBe('not-passed');
		expect(countedResult(undefined, undefined, required)).toBeUndefined();
	});

	it('otherwise counts the better score, the assessment one on a tie', () => {
		expect(countedResult(assessment, practice, optional)).toBe(practice);
		expect(countedResult({ ...assessment, score: 100 }, practice, optional)).toMatchObject({ mode: 'assessment' });
		expect(countedResult({ ...assessment, score: 90 }, practice, optional)).toBe(practice);
		expect(countedResult({ ...assessment, score: 95 }, { ...practice, score: 60 }, optional)).toMatchObject({ score: 95 });
		expect(countedResult(assessment, undefined, optional)).toBe(assessment);
		expect(countedResult(undefined, practice, optional)).toBe(practice);
		expect(countedResult(undefined, undefined, optional)).toBeUndefined();
	});

	it('counts the higher score whichever is which, when practice is accepted', () => {
		const slot = (m: AttemptMode) =>
			fc.option(fc.record({ score: fc.integer({ min: 0, max: 100 }), mode: fc.constant(m) }), { nil: undefined });
		fc.assert(
			fc.property(slot('assessment'), slot('practice'), fc.integer({ min: 0, max: 100 }), (a, p, passMark) => {
				const counted = countedResult(a, p, { passMark, assessment: false });
				if (!a && !p) {
					expect(counted).toBeUndefined();
					return;
				}
				expect(counted?.score).toBe(Math.max(a?.score ?? -1, p?.score ?? -1));
				if (a && p && a.score === p.score) expect(counted).toBe(a);
				// With practice accepted, the counted result passes whenever either would.
				const passes = (r: typeof a) => r !== undefined && verdictOf(r, { passMark, assessment: false }) === 'passed';
				expect(passes(counted)).toBe(passes(a) || passes(p));
			}),
		);
	});
});
