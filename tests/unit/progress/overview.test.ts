import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../../src/lib/assignment/link.ts';
import {
	assignmentsOverview,
	isEmptyRecord,
	latestActivity,
	nextModule,
	pathsOverview,
	trackOverview,
	type OverviewItem,
} from '../../../src/lib/progress/overview.ts';
import { markModuleRead, receiveAssignment, recordQuizResult } from '../../../src/lib/progress/results.ts';
import { recordRoleplayResult } from '../../../src/lib/progress/roleplay-results.ts';
import { emptyRecord, type ProgressRecord } from '../../../src/lib/progress/schema.ts';

const item = (key: string, kind: OverviewItem['kind'], track: string, items?: string[]): OverviewItem => ({
	key,
	kind,
	track,
	title: key,
	href: `/en/${key}/`,
	...(items ? { items } : {}),
});

const catalogue: OverviewItem[] = [
	item('m:agents/one', 'module', 'agents'),
	item('m:agents/two', 'module', 'agents'),
	item('m:callers/one', 'module', 'callers'),
	item('m:callers/two', 'module', 'callers'),
	item('q:hold', 'quiz', 'agents'),
	item('q:never', 'quiz', 'agents'),
	item('r:cold-call', 'roleplay', 'callers'),
	item('p:first-week', 'path', 'agents', ['m:agents/one', 'q:hold']),
];

const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`;
const call = (overall: number, minute: number) => ({
	shares: { empathy: overall },
	overall,
	outcome: 'resolved',
	mode: 'practice' as const,
	date: at(minute),
});

describe('My progress overview', () => {
	it('knows an empty record', () => {
		expect(isEmptyRecord(emptyRecord())).toBe(true);
		expect(isEmptyRecord(markModuleRead(emptyRecord(), 'agents/one', at(1)))).toBe(false);
	});

	it('finds the latest activity across modules, quizzes and calls', () => {
		let record = markModuleRead(emptyRecord(), 'agents/one', at(1));
		record = recordRoleplayResult(record, 'cold-call', call(0.5, 5));
		record = recordQuizResult(record, 'hold', { score: 1, passed: true, date: at(3) });
		expect(latestActivity(record)).toBe('r:cold-call');
		expect(latestActivity(emptyRecord())).toBeUndefined();
	});

	it('suggests the first module overall when nothing is done yet', () => {
		expect(nextModule(catalogue, emptyRecord())?.key).toBe('m:agents/one');
	});

	it('suggests the next unread module of the track the learner was last in', () => {
		let record = markModuleRead(emptyRecord(), 'agents/one', at(1));
		record = markModuleRead(record, 'callers/one', at(2));
		expect(nextModule(catalogue, record)?.key).toBe('m:callers/two');
		// A call in another track moves the suggestion there.
		record = recordRoleplayResult(markModuleRead(record, 'callers/two', at(3)), 'cold-call', call(0.4, 4));
		expect(nextModule(catalogue, record)?.key).toBe('m:agents/two');
	});

	it('falls back to any unread module once the current track is read, and to none at the end', () => {
		let record: ProgressRecord = markModuleRead(emptyRecord(), 'callers/one', at(1));
		record = markModuleRead(record, 'callers/two', at(2));
		expect(nextModule(catalogue, record)?.key).toBe('m:agents/one');
		for (const key of ['agents/one', 'agents/two']) record = markModuleRead(record, key, at(3));
		expect(nextModule(catalogue, record)).toBeUndefined();
	});

	it('sums up a track: modules read, quizzes and calls with their best results', () => {
		let record = markModuleRead(emptyRecord(), 'agents/two', at(1));
		record = recordQuizResult(record, 'hold', { score: 0.9, passed: true, date: at(2) });
		record = recordQuizResult(record, 'hold', { score: 0.5, passed: false, date: at(3) });
		record = recordRoleplayResult(record, 'cold-call', call(0.7, 4));
		const agents = trackOverview(catalogue, record, 'agents');
		expect(agents.modules).toEqual({ done: 1, total: 2 });
		expect(agents.quizzes.map(({ item: quiz, best }) => [quiz.key, best.score])).toEqual([['q:hold', 0.9]]);
		expect(agents.roleplays).toEqual([]);
		const callers = trackOverview(catalogue, record, 'callers');
		expect(callers.modules).toEqual({ done: 0, total: 2 });
		expect(callers.roleplays.map(({ best }) => best.overall)).toEqual([0.7]);
	});

	it('counts the done steps of each path', () => {
		const record = markModuleRead(emptyRecord(), 'agents/one', at(1));
		expect(pathsOverview(catalogue, record).map(({ key, done, total }) => ({ key, done, total }))).toEqual([
			{ key: 'p:first-week', done: 1, total: 2 },
		]);
	});

	it('counts the done items of each assignment, leaving out what the site does not have', () => {
		const fragment = encodeAssignment({ v: 1, i: 'weekone123', t: 'Week one', p: 70, x: ['m:agents/one', 'p:first-week', 'q:gone'] });
		let record = receiveAssignment(emptyRecord(), { id: 'weekone123', fragment, title: 'Week one' }, at(1));
		record = markModuleRead(record, 'agents/one', at(2));
		const [assignment] = assignmentsOverview(catalogue, record, '/en/assignment/');
		expect(assignment).toEqual({
			id: 'weekone123',
			title: 'Week one',
			received: at(1),
			href: `/en/assignment/#${fragment}`,
			done: 1,
			total: 2,
		});
	});
});
