import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../../src/lib/assignment/link.ts';
import {
	assignmentsOverview,
	isEmptyRecord,
	latestActivity,
	nextModule,
	nextStep,
	pathsOverview,
	trackOverview,
	type OverviewItem,
} from '../../../src/lib/progress/overview.ts';
import { receivedFrom } from '../../../src/lib/assignment/landing.ts';
import type { Assignment } from '../../../src/lib/assignment/schema.ts';
import { markModuleRead } from '../../../src/lib/progress/module-read.ts';
import { receiveAssignment, recordQuizResult } from '../../../src/lib/progress/results.ts';
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

	it('counts the done items of an assignment stored before its items were kept, from its link', () => {
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

	it('counts the done items of an assignment from what was kept when it was received, most recent first', () => {
		const week: Assignment = { v: 1, i: 'weekone123', t: 'Week one', p: 70, m: 1, x: ['m:agents/one', 'q:hold', 'q:gone'] };
		const older: Assignment = { v: 1, i: 'olderone12', t: 'Older', p: 70, x: ['m:agents/two'] };
		let record = receiveAssignment(emptyRecord(), receivedFrom(older, encodeAssignment(older), {}), at(1));
		record = receiveAssignment(record, receivedFrom(week, encodeAssignment(week), {}), at(2));
		// A practice result does not pass an assessment-only assignment, but the item is finished.
		record = recordQuizResult(record, 'hold', { score: 1, passed: true, date: at(3), mode: 'practice' });
		expect(assignmentsOverview(catalogue, record, './').map(({ id, done, total }) => ({ id, done, total }))).toEqual([
			{ id: 'weekone123', done: 1, total: 2 },
			{ id: 'olderone12', done: 0, total: 1 },
		]);
	});
});

describe('Continue where you left off (nextStep)', () => {
	// Catalogue order puts the callers' modules first, as a trap: a learner on the agents' path
	// must never be sent there because of it.
	const site: OverviewItem[] = [
		item('m:callers/one', 'module', 'callers'),
		item('m:callers/two', 'module', 'callers'),
		item('m:agents/one', 'module', 'agents'),
		item('m:wellbeing/breaks', 'module', 'wellbeing'),
		item('q:hold', 'quiz', 'agents'),
		item('m:agents/two', 'module', 'agents'),
		item('r:cold-call', 'roleplay', 'agents'),
		item('p:first-week', 'path', 'agents', ['m:agents/one', 'm:wellbeing/breaks', 'q:hold', 'm:agents/two']),
		item('p:callers-guide', 'path', 'callers', ['m:callers/one', 'm:callers/two']),
	];
	const assign = (record: ProgressRecord, assignment: Assignment, minute: number) =>
		receiveAssignment(record, receivedFrom(assignment, encodeAssignment(assignment), { 'p:first-week': site[7]!.items! }), at(minute));
	const week: Assignment = { v: 1, i: 'weekone123', t: 'Week one', p: 70, x: ['m:agents/one', 'r:cold-call', 'm:agents/two'] };
	const path: Assignment = { v: 1, i: 'pathweek12', t: 'The path', p: 70, x: ['p:first-week', 'r:cold-call'] };

	it('follows the most recently received assignment: its first unfinished item, linked from it', () => {
		let record = assign(emptyRecord(), week, 1);
		record = markModuleRead(record, 'agents/one', at(2));
		expect(nextStep(site, record)).toEqual({
			item: site[6],
			href: '/en/r:cold-call/?assignment=weekone123',
			from: { kind: 'assignment', title: 'Week one' },
		});
		// A newer assignment takes over; for a path among its items, the path's first unfinished step.
		record = assign(record, path, 3);
		expect(nextStep(site, record)).toMatchObject({ item: { key: 'm:wellbeing/breaks' }, from: { title: 'The path' } });
		expect(nextStep(site, record)?.href).toBe('/en/m:wellbeing/breaks/?assignment=pathweek12');
	});

	it('counts an item finished without passing as finished, and skips assignments with nothing left', () => {
		let record = assign(emptyRecord(), week, 1);
		for (const key of ['agents/one', 'agents/two']) record = markModuleRead(record, key, at(2));
		record = recordRoleplayResult(record, 'cold-call', call(0.1, 3));
		// Week one is finished (the call did not pass, but is done): the path the learner is on comes next.
		expect(nextStep(site, record)).toMatchObject({
			item: { key: 'm:wellbeing/breaks' },
			href: '/en/m:wellbeing/breaks/',
			from: { kind: 'path' },
		});
	});

	it('skips items the site no longer has', () => {
		const gone: Assignment = { v: 1, i: 'goneitem12', t: 'Gone', p: 70, x: ['q:gone', 'm:agents/two'] };
		expect(nextStep(site, assign(emptyRecord(), gone, 1))).toMatchObject({ item: { key: 'm:agents/two' }, from: { kind: 'assignment' } });
	});

	it('without an assignment, follows the learning path started, not the track of the latest module nor catalogue order', () => {
		let record = markModuleRead(emptyRecord(), 'agents/one', at(1));
		// The latest activity is a wellbeing module read as a step of the agents' path.
		record = markModuleRead(record, 'wellbeing/breaks', at(2));
		expect(nextModule(site, record)?.key).toBe('m:callers/one');
		expect(nextStep(site, record)).toEqual({ item: site[4], href: '/en/q:hold/', from: { kind: 'path', title: 'p:first-week' } });
		// A quiz started but not finished is where to continue.
		record = recordQuizResult(record, 'hold', { score: 0.5, passed: false, date: at(3) });
		expect(nextStep(site, record)?.item.key).toBe('m:agents/two');
	});

	it('with two paths started, follows the one with the most recent step', () => {
		let record = markModuleRead(emptyRecord(), 'agents/one', at(1));
		record = markModuleRead(record, 'callers/one', at(2));
		expect(nextStep(site, record)?.item.key).toBe('m:callers/two');
		record = markModuleRead(record, 'wellbeing/breaks', at(3));
		expect(nextStep(site, record)?.item.key).toBe('q:hold');
	});

	it('otherwise suggests the next module of the track, as before', () => {
		expect(nextStep(site, emptyRecord())).toEqual({ item: site[0], href: '/en/m:callers/one/', from: { kind: 'track' } });
		let record = emptyRecord();
		for (const key of ['callers/one', 'callers/two', 'agents/one', 'wellbeing/breaks', 'agents/two'])
			record = markModuleRead(record, key, at(1));
		// Every module read, but the path's quiz is left: the path leads there.
		expect(nextStep(site, record)?.item.key).toBe('q:hold');
		record = recordQuizResult(record, 'hold', { score: 0.9, passed: true, date: at(2) });
		expect(nextStep(site, record)).toBeUndefined();
	});
});
