import { describe, expect, it } from 'vitest';
import { recordCheckAnswer } from '../../../src/lib/progress/check-answers.ts';
import { addReviewCards, dueCount } from '../../../src/lib/progress/review-cards.ts';
import { recordQuizResult } from '../../../src/lib/progress/results.ts';
import { recordRoleplayResult } from '../../../src/lib/progress/roleplay-results.ts';
import { checkRecord, emptyRecord, migrateV1 } from '../../../src/lib/progress/schema.ts';
import { checkCardId, costlyTurnIds, parseCardId, quizCardId, turnCardId } from '../../../src/lib/review/card-ids.ts';

const monday = '2026-12-07T09:00:00.000Z';
const tuesday = '2026-12-08T09:00:00.000Z';

describe('card ids', () => {
	it('name a quiz question, a module check and a role-play turn, and read back', () => {
		expect(parseCardId(quizCardId('hold-done-right', 'ask-first'))).toEqual({
			kind: 'quiz',
			quiz: 'hold-done-right',
			question: 'ask-first',
		});
		expect(parseCardId(checkCardId('agents/identity-checks', 'pays-the-bill'))).toEqual({
			kind: 'check',
			module: 'agents/identity-checks',
			check: 'pays-the-bill',
		});
		expect(parseCardId(turnCardId('cold-call', 'pitch'))).toEqual({ kind: 'turn', scenario: 'cold-call', node: 'pitch' });
	});

	it('refuse ids that name nothing', () => {
		for (const id of ['quiz:only-one', 'check:agents/x', 'turn:a/b/c', 'note:a/b', 'quiz:/q']) expect(parseCardId(id)).toBeUndefined();
	});

	it('take the costly turns of a call path, and only those', () => {
		expect(costlyTurnIds('s', ['start.greet', '!ask.blame', 'fix.offer', '!close.rush'])).toEqual(['turn:s/ask', 'turn:s/close']);
	});
});

describe('misses become cards', () => {
	it('every question a quiz attempt missed, due at once', () => {
		const record = recordQuizResult(emptyRecord(), 'hold', { score: 0.5, passed: false, date: monday, missed: ['a', 'b'] });
		expect(Object.keys(record.cards ?? {})).toEqual(['quiz:hold/a', 'quiz:hold/b']);
		expect(record.cards?.['quiz:hold/a']).toMatchObject({ added: monday, due: monday, reps: 0 });
		expect(dueCount(record, monday)).toBe(2);
	});

	it('a full score adds none', () => {
		expect(recordQuizResult(emptyRecord(), 'hold', { score: 1, passed: true, date: monday, missed: [] }).cards).toBeUndefined();
	});

	it('the costly turns of a role-play call', () => {
		const record = recordRoleplayResult(emptyRecord(), 'cold-call', {
			shares: { courtesy: 0.5 },
			overall: 0.5,
			outcome: 'resolved',
			mode: 'practice',
			date: monday,
			path: ['start.greet', '!pitch.argue'],
		});
		expect(Object.keys(record.cards ?? {})).toEqual(['turn:cold-call/pitch']);
	});

	it('a card missed again is due again, keeping what was learned about it', () => {
		const learned = {
			...emptyRecord(),
			cards: {
				'quiz:q/a': {
					...addReviewCards(emptyRecord(), ['quiz:q/a'], monday).cards!['quiz:q/a']!,
					due: '2026-12-20T09:00:00.000Z',
					reps: 3,
					stability: 12,
				},
			},
		};
		const again = addReviewCards(learned, ['quiz:q/a'], tuesday).cards!['quiz:q/a']!;
		expect(again).toMatchObject({ added: monday, updated: tuesday, due: tuesday, reps: 3, stability: 12 });
		expect(dueCount({ ...learned }, tuesday)).toBe(0);
	});
});

describe('the record migration from version 1 (before review cards)', () => {
	// A version 1 record as the site saved it before this version: quiz results with missed
	// questions, and role-play calls with costly turns.
	const version1 = {
		version: 1,
		quizzes: {
			hold: {
				best: { score: 0.8, passed: true, date: tuesday, attempt: 2, mode: 'practice', missed: ['b'] },
				last: { score: 0.8, passed: true, date: tuesday, attempt: 2, mode: 'practice', missed: ['b'] },
				assessment: { score: 0.6, passed: false, date: monday, attempt: 1, mode: 'assessment', missed: ['a', 'b'] },
				attempts: 2,
				revealed: true,
			},
			cost: { best: { score: 1, passed: true, date: monday, missed: [] }, attempts: 1 },
		},
		roleplays: {
			'cold-call': {
				last: {
					shares: { courtesy: 0.5 },
					overall: 0.5,
					outcome: 'resolved',
					mode: 'practice',
					date: tuesday,
					path: ['start.greet', '!pitch.argue'],
				},
				plays: 1,
			},
		},
		modulesRead: { 'agents/hold-done-right': monday },
		assignments: {},
	};

	it('reads a version 1 record as version 2 with a card for everything it missed, dated when it was first missed', () => {
		const record = checkRecord(version1);
		expect(record.version).toBe(2);
		expect(record.cards).toEqual({
			'quiz:hold/a': expect.objectContaining({ added: monday, due: monday }),
			'quiz:hold/b': expect.objectContaining({ added: monday, due: monday }),
			'turn:cold-call/pitch': expect.objectContaining({ added: tuesday, due: tuesday }),
		});
		// Nothing else changes.
		expect(record.modulesRead).toEqual(version1.modulesRead);
		expect(record.quizzes.hold?.assessment?.score).toBe(0.6);
	});

	it('a version 1 record with nothing missed gains no cards, and migrating twice changes nothing', () => {
		const clean = { version: 1 as const, quizzes: {}, roleplays: {}, modulesRead: {}, assignments: {} };
		expect(checkRecord(clean)).toEqual({ ...clean, version: 2 });
		const migrated = checkRecord(version1);
		expect(checkRecord(JSON.parse(JSON.stringify(migrated)))).toEqual(migrated);
		expect(migrateV1({ ...migrated, version: 1, cards: undefined })).toEqual(migrated);
	});

	it('refuses a card with an id that names nothing or a date that is not one', () => {
		const card = checkRecord(version1).cards!['quiz:hold/a']!;
		expect(() => checkRecord({ ...emptyRecord(), cards: { 'note:x': card } })).toThrow(/progress\.cards\.note:x/);
		expect(() => checkRecord({ ...emptyRecord(), cards: { 'quiz:a/b': { ...card, due: 'soon' } } })).toThrow(
			/progress\.cards\.quiz:a\/b\.due/,
		);
	});
});

describe('module checks', () => {
	it('remember the answer; one not fully right becomes a card, a right one does not', () => {
		let record = recordCheckAnswer(emptyRecord(), 'agents/identity-checks:strongest-check', ['sim'], 'partly', monday);
		expect(record.checks?.['agents/identity-checks:strongest-check']).toEqual({ chosen: ['sim'], verdict: 'partly', date: monday });
		expect(Object.keys(record.cards ?? {})).toEqual(['check:agents/identity-checks/strongest-check']);
		record = recordCheckAnswer(record, 'agents/identity-checks:pays-the-bill', ['explain'], 'right', tuesday);
		expect(record.checks?.['agents/identity-checks:pays-the-bill']?.verdict).toBe('right');
		expect(Object.keys(record.cards ?? {})).toEqual(['check:agents/identity-checks/strongest-check']);
		expect(checkRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
	});
});
