import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markModuleRead } from '../../../src/lib/progress/module-read.ts';
import { recordQuizResult } from '../../../src/lib/progress/results.ts';
import { bestRoleplay, recordRoleplayResult } from '../../../src/lib/progress/roleplay-results.ts';
import { mergeRecords } from '../../../src/lib/progress/merge.ts';
import { emptyRecord } from '../../../src/lib/progress/schema.ts';
import {
	BACKUP_PREFIX,
	createProgressStore,
	LEGACY_BACKUP_KEY,
	MAX_STORED_CHARS,
	parseStored,
	STORAGE_KEY,
} from '../../../src/lib/progress/store.ts';
import { fakeStorage, sharedOrigin } from './fake-storage.ts';
import { apply, deleteCheckIns, expectedFrom, missing, moment, updateArbitrary, type Update } from './updates.ts';

const date = '2026-11-22T10:00:00.000Z';
const roleplay = (overall: number) => ({ shares: { courtesy: overall }, overall, outcome: 'resolved', mode: 'practice' as const, date });
/** A clock that moves one minute per call, so each backup has its own date. */
const ticking = (start = Date.UTC(2026, 11, 3)) => {
	let now = start;
	return () => new Date((now += 60_000));
};

describe('progress store', () => {
	it('starts empty and keeps what is written', () => {
		const { storage, data } = fakeStorage();
		const store = createProgressStore(storage);
		expect(store.read()).toEqual(emptyRecord());
		store.update((r) => recordRoleplayResult(r, 'cold-call', roleplay(0.5)));
		expect(JSON.parse(data.get(STORAGE_KEY)!).roleplays['cold-call'].plays).toBe(1);
		expect(createProgressStore(storage).read().roleplays['cold-call']?.practice?.overall).toBe(0.5);
		expect(store.state()).toBe('ok');
	});

	it('sets unreadable data aside as a dated backup, starts clean and says so', () => {
		const { storage, data } = fakeStorage({ [STORAGE_KEY]: '{"version":1,"quizzes":"nope"' });
		const store = createProgressStore(storage, { now: () => new Date(date) });
		expect(store.read()).toEqual(emptyRecord());
		expect(store.state()).toBe('recovered');
		expect(data.get(`${BACKUP_PREFIX}${date}`)).toBe('{"version":1,"quizzes":"nope"');
		expect(store.backups()).toEqual([{ key: `${BACKUP_PREFIX}${date}`, date, text: '{"version":1,"quizzes":"nope"', inPlace: false }]);
		// Saving works again at once.
		store.update((r) => markModuleRead(r, 'agents/hold-done-right', date));
		expect(JSON.parse(data.get(STORAGE_KEY)!).modulesRead['agents/hold-done-right']).toBe(date);
	});

	it('keeps three dated backups, newest first: a fourth damaged record removes the oldest', () => {
		const { storage } = fakeStorage();
		const now = ticking();
		const texts = ['{one', '{two', '{three', '{four'];
		for (const text of texts) {
			storage.setItem(STORAGE_KEY, text);
			createProgressStore(storage, { now }).read();
		}
		const backups = createProgressStore(storage).backups();
		expect(backups.map((backup) => backup.text)).toEqual(['{four', '{three', '{two']);
		expect(backups.map((backup) => backup.date)).toEqual([...backups.map((backup) => backup.date)].sort().reverse());
	});

	it('lists the backup of earlier versions with the others, and discards any one', () => {
		const { storage, data } = fakeStorage({ [LEGACY_BACKUP_KEY]: '{old', [STORAGE_KEY]: '{newer' });
		const store = createProgressStore(storage, { now: () => new Date(date) });
		store.read();
		expect(store.backups().map((backup) => backup.text)).toEqual(['{newer', '{old']);
		store.discardBackup(LEGACY_BACKUP_KEY);
		expect(data.has(LEGACY_BACKUP_KEY)).toBe(false);
		expect(store.backups().map((backup) => backup.text)).toEqual(['{newer']);
		// Only backups can be discarded this way.
		store.update((r) => markModuleRead(r, 'a/b', date));
		store.discardBackup('both-ends:something-else');
		store.discardBackup(STORAGE_KEY);
		expect(store.read().modulesRead['a/b']).toBe(date);
	});

	it('leaves a record too large to copy aside where it is, saves nothing over it, and lets the learner download and discard it', () => {
		const huge = `{"version":1,"junk":"${'x'.repeat(MAX_STORED_CHARS)}"}`;
		const { storage, data, faults } = fakeStorage({ [STORAGE_KEY]: huge });
		faults.maxValue = 1_000_000;
		const store = createProgressStore(storage);
		expect(store.read()).toEqual(emptyRecord());
		expect(store.state()).toBe('blocked');
		store.update((r) => markModuleRead(r, 'a/b', date));
		expect(data.get(STORAGE_KEY)).toBe(huge);
		expect(store.read().modulesRead['a/b']).toBe(date);
		expect(store.backups()).toEqual([{ key: STORAGE_KEY, date: '', text: huge, inPlace: true }]);
		// Every later visit finds it in place too, until it is discarded.
		expect(createProgressStore(storage).read()).toEqual(emptyRecord());
		store.discardBackup(STORAGE_KEY);
		expect(store.state()).toBe('ok');
		expect(store.backups()).toEqual([]);
		expect(JSON.parse(data.get(STORAGE_KEY)!).modulesRead['a/b']).toBe(date);
		expect(createProgressStore(storage).state()).toBe('ok');
	});

	it('Delete everything removes the record, every backup and a blocking record', () => {
		const { storage, data, faults } = fakeStorage({ [LEGACY_BACKUP_KEY]: '{old', [`${BACKUP_PREFIX}${date}`]: '{older' });
		faults.maxValue = 100;
		storage.setItem(STORAGE_KEY, '{"junk":1}');
		faults.maxValue = 5;
		const store = createProgressStore(storage);
		store.read();
		expect(store.state()).toBe('blocked');
		faults.maxValue = Infinity;
		store.clear();
		expect(store.state()).toBe('ok');
		expect(store.backups()).toEqual([]);
		expect([...data.keys()]).toEqual([STORAGE_KEY]);
		expect(createProgressStore(storage).read()).toMatchObject({ ...emptyRecord(), epoch: expect.any(String) });
	});

	it('rejects well-formed JSON that breaks the schema', () => {
		expect(parseStored(JSON.stringify({ version: 1, roleplays: { x: { plays: -1 } } })).ok).toBe(false);
		expect(parseStored(JSON.stringify({ version: 99 })).ok).toBe(false);
		expect(parseStored('x'.repeat(MAX_STORED_CHARS + 1))).toEqual({ ok: false, reason: 'too large' });
	});

	it("when storage refuses writes, it still shows and exports what was stored, with this tab's progress on top", () => {
		const { storage, data, faults } = fakeStorage();
		createProgressStore(storage).update((r) => markModuleRead(recordRoleplayResult(r, 'cold-call', roleplay(0.4)), 'a/earlier', date));
		const saved = data.get(STORAGE_KEY);
		faults.refuseWrites = true;
		// A new page load: nothing can be written any more, which the page found out on opening.
		const store = createProgressStore(storage, { refusesWrites: true });
		expect(store.state()).toBe('read-only');
		expect(store.read().modulesRead['a/earlier']).toBe(date);
		const next = store.update((r) => recordRoleplayResult(r, 'cold-call', roleplay(0.9)));
		expect(next.roleplays['cold-call']?.practice?.overall).toBe(0.9);
		expect(store.state()).toBe('read-only');
		expect(store.read().modulesRead['a/earlier']).toBe(date);
		expect(store.read().roleplays['cold-call']?.practice?.overall).toBe(0.9);
		expect(data.get(STORAGE_KEY)).toBe(saved);
		// Space freed: the next save writes everything and the store is back to normal.
		faults.refuseWrites = false;
		store.update((r) => markModuleRead(r, 'a/later', date));
		expect(store.state()).toBe('ok');
		expect(createProgressStore(storage).read()).toMatchObject({
			modulesRead: { 'a/earlier': date, 'a/later': date },
			roleplays: { 'cold-call': { practice: { overall: 0.9 } } },
		});
	});

	it('works without any storage, or with storage that refuses everything', () => {
		for (const storage of [
			undefined,
			(() => {
				const fake = fakeStorage();
				fake.faults.refuseAll = true;
				return fake.storage;
			})(),
		]) {
			const store = createProgressStore(storage);
			store.update((r) => markModuleRead(r, 'agents/hold-done-right', date));
			expect(store.state()).toBe('memory-only');
			expect(store.read().modulesRead['agents/hold-done-right']).toBe(date);
			expect(store.backups()).toEqual([]);
		}
	});

	it('refuses to write a record that breaks the schema', () => {
		const { storage, data } = fakeStorage();
		const store = createProgressStore(storage);
		expect(() => store.update((r) => ({ ...r, version: 3 as 2 }))).toThrow();
		expect(data.has(STORAGE_KEY)).toBe(false);
	});
});

describe('several tabs', () => {
	/** Opens `count` tabs of one origin, each with its store reconciling on other tabs' writes, as the browser store does. */
	function tabs(count: number, reconcile = true) {
		const origin = sharedOrigin();
		const open = Array.from({ length: count }, () => {
			const tab = origin.openTab();
			const plain = createProgressStore(tab.storage);
			// As the browser store does: reconcile after each save and on each write from another tab.
			const store = reconcile
				? {
						...plain,
						update: (change: Parameters<typeof plain.update>[0]) => {
							const next = plain.update(change);
							plain.reconcile(mergeRecords);
							return next;
						},
					}
				: plain;
			if (reconcile) tab.onStorage(() => plain.reconcile(mergeRecords));
			return { ...tab, store };
		});
		return {
			open,
			settle: () => origin.settle(open),
			/** What a page opened now would read. */
			fresh: () => createProgressStore(origin.openTab().storage).read(),
		};
	}

	it('two tabs that each save before seeing the other keep both saves (and would lose one without merging)', () => {
		for (const reconcile of [false, true]) {
			const { open, settle, fresh } = tabs(2, reconcile);
			const [a, b] = open as [(typeof open)[0], (typeof open)[0]];
			a.store.update((r) => markModuleRead(r, 'agents/one', date));
			b.store.update((r) => markModuleRead(r, 'agents/two', date));
			settle();
			const kept = Object.keys(fresh().modulesRead).sort();
			expect(kept).toEqual(reconcile ? ['agents/one', 'agents/two'] : ['agents/two']);
		}
	});

	it('N tabs interleaving random updates with late deliveries lose none, and end with the same record', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 4 }),
				fc.array(
					fc.oneof(
						fc.record({ tab: fc.nat(3), update: updateArbitrary }),
						fc.record({ tab: fc.nat(3), deliver: fc.integer({ min: 1, max: 3 }) }),
					),
					{
						maxLength: 60,
					},
				),
				(count, steps) => {
					const { open, settle, fresh } = tabs(count);
					const made: { update: Update; n: number }[] = [];
					steps.forEach((step, n) => {
						const tab = open[step.tab % count]!;
						if ('update' in step) {
							tab.store.update((r) => apply(r, step.update, n));
							made.push({ update: step.update, n });
						} else for (let i = 0; i < step.deliver; i++) tab.deliver();
					});
					settle();
					const expected = expectedFrom(made);
					const records = [...open.map((tab) => tab.store.read()), fresh()];
					for (const record of records) expect(missing(record, expected)).toEqual([]);
					for (const record of records.slice(1)) expect(record).toEqual(records[0]);
				},
			),
			{ numRuns: 300 },
		);
	});

	it('a tab that has not seen "Delete all" check-ins, or "Delete everything", cannot bring them back', () => {
		const { open, settle } = tabs(2);
		const [a, b] = open as [(typeof open)[0], (typeof open)[0]];
		a.store.update((r) => apply(r, { kind: 'check-in' }, 1));
		settle();
		b.store.update((r) => deleteCheckIns(r, 2));
		a.store.update((r) => apply(r, { kind: 'module', id: 1 }, 3));
		settle();
		expect(a.store.read().checkIns).toBeUndefined();
		expect(b.store.read().modulesRead['agents/module-1']).toBe(moment(3));

		b.store.clear();
		a.store.update((r) => apply(r, { kind: 'module', id: 2 }, 4));
		settle();
		for (const tab of [a, b]) expect(tab.store.read().modulesRead).toEqual({});
	});

	it('an import replaces progress in every tab', () => {
		const { open, settle } = tabs(2);
		const [a, b] = open as [(typeof open)[0], (typeof open)[0]];
		a.store.update((r) => apply(r, { kind: 'module', id: 1 }, 1));
		settle();
		b.store.replace(apply(emptyRecord(), { kind: 'module', id: 2 }, 2));
		settle();
		for (const tab of [a, b]) expect(Object.keys(tab.store.read().modulesRead)).toEqual(['agents/module-2']);
	});
});

describe('results', () => {
	it('keeps the best quiz score and the last one', () => {
		let record = emptyRecord();
		record = recordQuizResult(record, 'q', { score: 0.8, passed: true, date });
		record = recordQuizResult(record, 'q', { score: 0.4, passed: false, date });
		expect(record.quizzes.q).toMatchObject({ best: { score: 0.8 }, last: { score: 0.4 }, attempts: 2 });
	});

	it('keeps the best role-play by overall share', () => {
		let record = emptyRecord();
		record = recordRoleplayResult(record, 'r', roleplay(0.3));
		record = recordRoleplayResult(record, 'r', roleplay(0.7));
		record = recordRoleplayResult(record, 'r', roleplay(0.5));
		expect(record.roleplays.r).toMatchObject({ practice: { overall: 0.7 }, last: { overall: 0.5 }, plays: 3 });
	});

	it('keeps practice and assessment results apart: a good practice call never stands in for an assessment', () => {
		let record = emptyRecord();
		record = recordRoleplayResult(record, 'r', { ...roleplay(0.4), mode: 'assessment' });
		record = recordRoleplayResult(record, 'r', roleplay(0.9));
		expect(record.roleplays.r).toMatchObject({ practice: { overall: 0.9 }, assessment: { overall: 0.4 }, plays: 2 });
		expect(bestRoleplay(record.roleplays.r)?.overall).toBe(0.4);
		// An assessment call after a call was finished (and its debrief seen) is practice: it cannot displace the first.
		record = recordRoleplayResult(record, 'r', { ...roleplay(1), mode: 'assessment' });
		expect(record.roleplays.r).toMatchObject({ practice: { overall: 1, mode: 'practice' }, assessment: { overall: 0.4 }, plays: 3 });
		expect(bestRoleplay(record.roleplays.r)?.overall).toBe(0.4);
	});

	it('reads a record saved before the modes were kept apart, moving its best to its own mode', () => {
		const old = {
			version: 1,
			quizzes: {},
			modulesRead: {},
			assignments: {},
			roleplays: { r: { best: { ...roleplay(0.6), mode: 'assessment' }, last: roleplay(0.2), plays: 2 } },
		};
		const parsed = parseStored(JSON.stringify(old));
		expect(parsed.ok && parsed.record.roleplays.r).toMatchObject({ assessment: { overall: 0.6 }, last: { overall: 0.2 }, plays: 2 });
		expect(parsed.ok && parsed.record.roleplays.r?.practice).toBeUndefined();
	});

	it('keeps the first date a module was read', () => {
		const first = markModuleRead(emptyRecord(), 'a/b', date);
		expect(markModuleRead(first, 'a/b', '2027-01-01T00:00:00.000Z').modulesRead['a/b']).toBe(date);
	});
});

describe('versions', () => {
	// Version 1 is the first format the site has shipped, so there is nothing older to migrate yet.
	// What must hold already: data from a format this code does not know is never overwritten blindly.
	it('keeps a record written by a newer version of the site as a backup instead of losing it', () => {
		const newer = JSON.stringify({ version: 3, quizzes: {}, somethingNew: true });
		const { storage } = fakeStorage({ [STORAGE_KEY]: newer });
		const store = createProgressStore(storage);
		expect(store.read()).toEqual(emptyRecord());
		expect(store.backups().map((backup) => backup.text)).toEqual([newer]);
		expect(store.state()).toBe('recovered');
	});
});
