import { describe, expect, it } from 'vitest';
import { bannerOf } from '../../../src/lib/assignment/banner.ts';
import { itemLinkFrom } from '../../../src/lib/assignment/context.ts';
import { receivedFrom } from '../../../src/lib/assignment/landing.ts';
import { encodeAssignment } from '../../../src/lib/assignment/link.ts';
import type { Assignment } from '../../../src/lib/assignment/schema.ts';
import { markModuleRead } from '../../../src/lib/progress/module-read.ts';
import { receiveAssignment, recordQuizResult } from '../../../src/lib/progress/results.ts';
import { emptyRecord, type ProgressRecord } from '../../../src/lib/progress/schema.ts';

const at = '2026-11-20T09:00:00.000Z';
const assignment: Assignment = {
	v: 1,
	i: 'weekone123',
	t: 'Week one',
	p: 80,
	m: 1,
	x: ['m:agents/hold-done-right', 'q:hold-done-right', 'p:short'],
};
const fragment = encodeAssignment(assignment);
const steps = { 'p:short': ['m:agents/register', 'q:register'], 'p:other': ['m:agents/listen-first'] };
/** The record of a learner who opened the assignment's link on this device. */
const received = (): ProgressRecord => receiveAssignment(emptyRecord(), receivedFrom(assignment, fragment, steps), at);
/** The query of an item page opened from the assignment's checklist. */
const search = new URL(itemLinkFrom('/fr/quiz/hold-done-right/', assignment.i), 'https://example.org').search;

describe('bannerOf: "Back to the assignment" on an item page', () => {
	it('leads back to the assignment page in the page’s language, with the stored link', () => {
		expect(bannerOf(received(), search, '/fr/assignment/')).toEqual({
			id: 'weekone123',
			title: 'Week one',
			href: `/fr/assignment/#${fragment}`,
			done: 0,
			total: 3,
		});
	});

	it('counts finished items, passed or not, the way the checklist does', () => {
		let record = markModuleRead(received(), 'agents/hold-done-right', at);
		expect(bannerOf(record, search, '/en/assignment/')?.done).toBe(1);
		// Finished below the pass mark: finished all the same.
		record = recordQuizResult(record, 'hold-done-right', { score: 0.3, passed: false, date: at, mode: 'assessment' });
		expect(bannerOf(record, search, '/en/assignment/')?.done).toBe(2);
		// A path is finished when its own steps are, counted from the steps kept with the assignment.
		record = markModuleRead(record, 'agents/register', at);
		expect(bannerOf(record, search, '/en/assignment/')?.done).toBe(2);
		record = recordQuizResult(record, 'register', { score: 1, passed: true, date: at, mode: 'practice' });
		expect(bannerOf(record, search, '/en/assignment/')).toMatchObject({ done: 3, total: 3 });
	});

	it('shows nothing for a page opened on its own, or from an assignment this device does not keep', () => {
		expect(bannerOf(received(), '', '/en/assignment/')).toBeUndefined();
		expect(bannerOf(received(), '?q=hold', '/en/assignment/')).toBeUndefined();
		expect(bannerOf(emptyRecord(), search, '/en/assignment/')).toBeUndefined();
		expect(bannerOf(received(), '?assignment=someoneelse', '/en/assignment/')).toBeUndefined();
		expect(bannerOf(received(), '?assignment=__proto__', '/en/assignment/')).toBeUndefined();
	});
});

describe('receivedFrom: what the record keeps of an opened assignment', () => {
	it('keeps its rules, its items, and only the steps of its own paths', () => {
		expect(receivedFrom(assignment, fragment, steps)).toEqual({
			id: 'weekone123',
			fragment,
			title: 'Week one',
			passMark: 80,
			assessment: true,
			items: ['m:agents/hold-done-right', 'q:hold-done-right', 'p:short'],
			paths: { 'p:short': ['m:agents/register', 'q:register'] },
		});
		expect(receivedFrom({ ...assignment, m: undefined, x: ['q:hold-done-right'] }, fragment, steps)).toMatchObject({
			assessment: false,
			paths: {},
		});
	});
});
