import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../src/lib/assignment/base64url.ts';
import { checklist } from '../../../src/lib/assignment/checklist.ts';
import { decodeAssignment } from '../../../src/lib/assignment/link.ts';
import { AssignmentSchema, CompletionSchema, isDay, withoutBadDue } from '../../../src/lib/assignment/schema.ts';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import { fill } from '../../../src/lib/i18n/format.ts';
import { completionFileName, practiceOnly, unknownName } from '../../../src/lib/assignment/landing.ts';
import { NO_RULES, type PassRules } from '../../../src/lib/assignment/verdict.ts';
import { markAnswersShown, recordQuizResult } from '../../../src/lib/progress/results.ts';
import { recordRoleplayResult } from '../../../src/lib/progress/roleplay-results.ts';
import { emptyRecord, type ProgressRecord, type RoleplayResult } from '../../../src/lib/progress/schema.ts';

const at = '2026-11-20T09:00:00.000Z';
const required: PassRules = { passMark: 80, assessment: true };
const accepted: PassRules = { passMark: 80, assessment: false };
const call = (overall: number, mode: RoleplayResult['mode']): RoleplayResult => ({
	shares: { courtesy: overall },
	overall,
	outcome: 'resolved',
	mode,
	date: at,
});
const rowOf = (record: ProgressRecord, key: string, rules: PassRules) => checklist(record, [key], {}, rules).rows[0]!;

describe('practiceOnly: rows an assessment-only assignment can no longer pass', () => {
	it('a quiz practised (answers shown) before any assessment attempt', () => {
		const record = recordQuizResult(emptyRecord(), 'hold', { score: 1, passed: true, date: at, mode: 'practice' });
		const row = rowOf(record, 'q:hold', required);
		expect(row.verdict).toBe('not-passed');
		expect(practiceOnly(record, row, required)).toBe(true);
		// Where practice is accepted, the same result passes and nothing is said.
		expect(rowOf(record, 'q:hold', accepted).verdict).toBe('passed');
		expect(practiceOnly(record, rowOf(record, 'q:hold', accepted), accepted)).toBe(false);
	});

	it('a quiz whose answers were shown by practice feedback, even with no attempt finished', () => {
		const record = markAnswersShown(emptyRecord(), 'hold');
		expect(practiceOnly(record, rowOf(record, 'q:hold', required), required)).toBe(true);
		expect(practiceOnly(emptyRecord(), rowOf(emptyRecord(), 'q:hold', required), required)).toBe(false);
	});

	it('not a quiz with its assessment attempt kept, whatever came after', () => {
		let record = recordQuizResult(emptyRecord(), 'hold', { score: 0.3, passed: false, date: at, mode: 'assessment' });
		record = recordQuizResult(record, 'hold', { score: 1, passed: true, date: at, mode: 'assessment' });
		const row = rowOf(record, 'q:hold', required);
		expect(row).toMatchObject({ verdict: 'not-passed', score: 30, mode: 'assessment', attempt: 1 });
		expect(practiceOnly(record, row, required)).toBe(false);
	});

	it('a role-play played (and debriefed) in practice first; not one whose assessment call counts', () => {
		const practised = recordRoleplayResult(emptyRecord(), 'cold-call', call(0.9, 'practice'));
		expect(practiceOnly(practised, rowOf(practised, 'r:cold-call', required), required)).toBe(true);
		const assessed = recordRoleplayResult(emptyRecord(), 'cold-call', call(0.9, 'assessment'));
		expect(rowOf(assessed, 'r:cold-call', required).verdict).toBe('passed');
		expect(practiceOnly(assessed, rowOf(assessed, 'r:cold-call', required), required)).toBe(false);
	});

	it('never a module, and never without the assessment rule', () => {
		const record = recordQuizResult(emptyRecord(), 'hold', { score: 1, passed: true, date: at, mode: 'practice' });
		expect(practiceOnly(record, { key: 'm:agents/hold' }, required)).toBe(false);
		expect(practiceOnly(record, rowOf(record, 'q:hold', NO_RULES), NO_RULES)).toBe(false);
	});
});

describe('unknownName: items the site no longer has', () => {
	it('names them by their kind', () => {
		const names = { module: 'A module', quiz: 'A quiz', roleplay: 'A role-play', path: 'A path' };
		expect(unknownName('m:agents/does-not-exist', names)).toBe('A module');
		expect(unknownName('r:gone', names)).toBe('A role-play');
		expect(unknownName('p:gone', names)).toBe('A path');
	});
});

describe('completionFileName: one file per learner', () => {
	it('names the file after the assignment and the learner, in safe characters', () => {
		expect(completionFileName('Semaine un — groupe B', 'Zoé Lefèvre')).toBe('completion-semaine-un-groupe-b-zoe-lefevre.txt');
		expect(completionFileName('Week one', 'Ana')).not.toBe(completionFileName('Week one', 'Ben'));
	});

	it('leaves out a part that folds to nothing', () => {
		expect(completionFileName('Week one', 'Дмитрий')).toBe('completion-week-one.txt');
		expect(completionFileName('', '')).toBe('completion.txt');
	});
});

describe('due dates that are no real day', () => {
	const week = { v: 1, i: 'abc123def', t: 'Week one', p: 80, x: ['m:agents/hold-done-right'] };
	/** A link's fragment carrying exactly this data, as a hand-edited or forged link would. */
	const fragment = (data: object) => `a=${encodeBase64Url(JSON.stringify(data))}`;
	const impossible = ['2023-02-31', '2023-02-29', '0000-01-01', '1999-12-31', '2101-01-01', '2026-13-01', '2026-00-10'];

	it('are refused by the schema; real days from 2000 to 2100 are kept', () => {
		for (const d of ['2024-02-29', '2000-01-01', '2100-12-31', '2026-12-03']) {
			expect(isDay(d), d).toBe(true);
			expect(v.safeParse(AssignmentSchema, { ...week, d }).success, d).toBe(true);
		}
		for (const d of impossible) {
			expect(isDay(d), d).toBe(false);
			expect(v.safeParse(AssignmentSchema, { ...week, d }).success, d).toBe(false);
		}
		// A completion code's days too: no learner finished anything on 31 February.
		const code = { v: 2, a: 'abc123def', t: 'Week one', p: 80, n: 'Ana', r: [['q:x', 90, '2023-02-31', 'a', 1]] };
		expect(v.safeParse(CompletionSchema, code).success).toBe(false);
		expect(v.safeParse(CompletionSchema, { ...code, r: [['q:x', 90, '2024-02-29', 'a', 1]] }).success).toBe(true);
	});

	it('keep the assignment without its due date, and say which date was dropped', () => {
		for (const d of impossible) {
			const decoded = decodeAssignment(fragment({ ...week, d }));
			expect(decoded, d).toEqual({ ok: true, assignment: { ...week, x: week.x }, unknown: [], badDue: d });
			expect(decoded.ok && 'd' in decoded.assignment, d).toBe(false);
		}
		const leap = decodeAssignment(fragment({ ...week, d: '2024-02-29' }));
		expect(leap).toEqual({ ok: true, assignment: { ...week, d: '2024-02-29' }, unknown: [] });
	});

	it('refuse the whole link when the date is not even shaped like one, or the rest is wrong too', () => {
		for (const d of ['tomorrow', '2023-2-3', 20230203, '2023-02-31T00:00']) {
			expect(decodeAssignment(fragment({ ...week, d })), String(d)).toEqual({ ok: false, error: 'invalid' });
		}
		expect(decodeAssignment(fragment({ ...week, p: 150, d: '2023-02-31' }))).toEqual({ ok: false, error: 'invalid' });
		expect(withoutBadDue(null)).toEqual({ data: null });
		expect(withoutBadDue({ ...week })).toEqual({ data: week });
	});

	it('are named in the sentence the learner reads, in each language', () => {
		expect(fill(catalogues.en.assignment.dueImpossible, { date: '2023-02-31' })).toBe(
			'This link’s due date, 2023-02-31, is not a real day between 2000 and 2100, so none is shown; ask your trainer if it matters.',
		);
		for (const locale of ['fr', 'it'] as const) {
			expect(fill(catalogues[locale].assignment.dueImpossible, { date: '2023-02-31' })).toContain('2023-02-31');
		}
	});
});
