import { describe, expect, it } from 'vitest';
import { itemStatus } from '../../../src/lib/assignment/status.ts';
import type { PackageItem } from '../../../src/lib/lms/package-description.ts';
import { reportFromRecord } from '../../../src/lib/lms/report-from-record.ts';
import { readResumeData, RESUME_LIMIT, resumeData } from '../../../src/lib/lms/resume.ts';
import { emptyRecord, type ProgressRecord, type QuizResult, type RoleplayResult } from '../../../src/lib/progress/schema.ts';

const date = '2026-12-05T10:00:00.000Z';
const items: PackageItem[] = [
	{ key: 'm:agents/hold-done-right', title: 'Hold, done right', href: 'en/agents/hold-done-right/index.html' },
	{
		key: 'q:hold-done-right',
		title: 'Quiz',
		href: 'en/agents/hold-done-right/index.html',
		questions: [
			{ id: 'hold-steps', type: 'sequencing' },
			{ id: 'silence', type: 'choice' },
			{ id: 'true-or-not', type: 'true-false' },
		],
	},
	{ key: 'r:cold-call', title: 'Cold call', href: 'en/practice/cold-call/index.html', dimensions: ['courtesy', 'empathy'] },
];
const quiz = (score: number, missed: string[] = []): QuizResult => ({
	score,
	passed: score >= 0.75,
	date,
	attempt: 1,
	mode: 'assessment',
	missed,
});
const call = (overall: number, path: string[] = ['connect.speak-at-once', '!who.slogan']): RoleplayResult => ({
	shares: { courtesy: overall + 0.1, empathy: overall - 0.1 },
	overall,
	outcome: 'resolved',
	mode: 'practice',
	date,
	attempt: 1,
	path,
});
const withAll = (quizScore: number, callScore: number): ProgressRecord => ({
	...emptyRecord(),
	modulesRead: { 'agents/hold-done-right': date },
	quizzes: {
		'hold-done-right': {
			best: quiz(quizScore, ['silence']),
			assessment: quiz(quizScore, ['silence']),
			last: quiz(quizScore, ['silence']),
			attempts: 1,
		},
	},
	roleplays: { 'cold-call': { practice: call(callScore), last: call(callScore), plays: 1 } },
});

describe('the report an LMS receives', () => {
	it('says nothing is done, and neither passed nor failed, on a fresh record', () => {
		const report = reportFromRecord(emptyRecord(), { items, mastery: 0.8 });
		expect(report).toMatchObject({ completed: false, progress: 0, interactions: [], objectives: [] });
		expect(report.passed).toBeUndefined();
		expect(report.score).toBeUndefined();
	});

	it('gives each question its outcome, each dimension its share, and the path of the call', () => {
		const report = reportFromRecord(withAll(0.9, 0.7), { items, mastery: 0.8 });
		expect(report.completed).toBe(true);
		expect(report.interactions).toEqual([
			{ id: 'hold-done-right.hold-steps', type: 'sequencing', correct: true },
			{ id: 'hold-done-right.silence', type: 'choice', correct: false },
			{ id: 'hold-done-right.true-or-not', type: 'true-false', correct: true },
		]);
		expect(report.objectives.map(({ id }) => id)).toEqual(['cold-call.courtesy', 'cold-call.empathy']);
		expect(report.objectives[0]!.share).toBeCloseTo(0.8);
		expect(report.paths['cold-call']).toEqual(['connect.speak-at-once', '!who.slogan']);
	});

	it('scores the mean of the scored items and passes only when it reaches the mastery score', () => {
		expect(reportFromRecord(withAll(0.9, 0.7), { items, mastery: 0.8 })).toMatchObject({ score: 0.8, passed: true });
		expect(reportFromRecord(withAll(0.9, 0.6), { items, mastery: 0.8 })).toMatchObject({ passed: false });
	});

	it('uses the same scores as the site’s own checklists (itemStatus)', () => {
		const record = withAll(0.86, 0.52);
		const report = reportFromRecord(record, { items, mastery: 0.5 });
		const site = ['q:hold-done-right', 'r:cold-call'].map((key) => itemStatus(record, key).score! / 100);
		expect(report.score).toBeCloseTo((site[0]! + site[1]!) / 2);
	});

	it('gives no verdict while a module is unread, even with every scored item done', () => {
		const record = { ...withAll(0.9, 0.9), modulesRead: {} };
		const report = reportFromRecord(record, { items, mastery: 0.8 });
		expect(report.score).toBeCloseTo(0.9);
		expect(report.passed).toBeUndefined();
	});

	it('waits for every scored item before a verdict', () => {
		const record = { ...withAll(0.9, 0.9), roleplays: {} };
		const report = reportFromRecord(record, { items, mastery: 0.8 });
		expect(report.completed).toBe(false);
		expect(report.progress).toBeCloseTo(2 / 3);
		expect(report.passed).toBeUndefined();
	});
});

describe('resume data', () => {
	it('keeps only the package’s items and reads back as a record', () => {
		const record: ProgressRecord = {
			...withAll(0.9, 0.7),
			modulesRead: { 'agents/hold-done-right': date, 'callers/before-you-dial': date },
			prepSheet: { company: 'x', account: '', problem: '', tried: '', want: '', callback: '', updated: date },
		};
		const text = resumeData(record, items);
		const read = readResumeData(text);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(Object.keys(read.record.modulesRead)).toEqual(['agents/hold-done-right']);
		expect(read.record.prepSheet).toBeUndefined();
		expect(read.record.quizzes['hold-done-right']?.best?.score).toBe(0.9);
	});

	it(`stays within SCORM 1.2's ${RESUME_LIMIT} characters, dropping what matters least first`, () => {
		const longPath = Array.from({ length: 400 }, (_, index) => `node-${index}.choice-${index}`);
		const record: ProgressRecord = {
			...withAll(0.9, 0.7),
			roleplays: { 'cold-call': { practice: call(0.7, longPath), last: call(0.7, longPath), plays: 3 } },
		};
		expect(JSON.stringify(record).length).toBeGreaterThan(RESUME_LIMIT);
		const text = resumeData(record, items);
		expect(text.length).toBeGreaterThan(0);
		expect(text.length).toBeLessThanOrEqual(RESUME_LIMIT);
		const read = readResumeData(text);
		expect(read.ok && read.record.roleplays['cold-call']?.practice?.overall).toBe(0.7);
		expect(read.ok && read.record.quizzes['hold-done-right']?.best?.score).toBe(0.9);
	});

	it('refuses what is not a record, with the reason', () => {
		expect(readResumeData('')).toEqual({ ok: false, reason: 'empty' });
		expect(readResumeData('{"not":"ours"}').ok).toBe(false);
		expect(readResumeData('x'.repeat(70_000))).toEqual({ ok: false, reason: 'too long' });
	});
});
