import { describe, expect, it } from 'vitest';
import { checklist } from '../../../src/lib/assignment/checklist.ts';
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
