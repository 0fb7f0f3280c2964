import { describe, expect, it } from 'vitest';
import { markModuleRead } from '../../../src/lib/progress/module-read.ts';
import { recordQuizResult } from '../../../src/lib/progress/results.ts';
import { bestRoleplay, recordRoleplayResult } from '../../../src/lib/progress/roleplay-results.ts';
import { emptyRecord } from '../../../src/lib/progress/schema.ts';
import { BACKUP_KEY, createProgressStore, parseStored, STORAGE_KEY, type StorageLike } from '../../../src/lib/progress/store.ts';

/** An in-memory Storage that can be told to refuse writes (quota) or everything (blocked). */
function fakeStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	const state = { refuseWrites: false, refuseAll: false };
	const storage: StorageLike = {
		getItem: (key) => {
			if (state.refuseAll) throw new Error('SecurityError');
			return data.get(key) ?? null;
		},
		setItem: (key, value) => {
			if (state.refuseAll || state.refuseWrites) throw new Error('QuotaExceededError');
			data.set(key, value);
		},
		removeItem: (key) => {
			data.delete(key);
		},
	};
	return { storage, data, state };
}

const date = '2026-11-22T10:00:00.000Z';
const roleplay = (overall: number) => ({ shares: { courtesy: overall }, overall, outcome: 'resolved', mode: 'practice' as const, date });

describe('progress store', () => {
	it('starts empty and keeps what is written', () => {
		const { storage, data } = fakeStorage();
		const store = createProgressStore(storage);
		expect(store.read()).toEqual(emptyRecord());
		store.update((r) => recordRoleplayResult(r, 'cold-call', roleplay(0.5)));
		expect(JSON.parse(data.get(STORAGE_KEY)!).roleplays['cold-call'].plays).toBe(1);
		expect(createProgressStore(storage).read().roleplays['cold-call']?.practice?.overall).toBe(0.5);
		expect(store.health()).toBe('ok');
	});

	it('keeps unreadable data as a backup, starts clean and says so', () => {
		const { storage, data } = fakeStorage({ [STORAGE_KEY]: '{"version":1,"quizzes":"nope"' });
		const store = createProgressStore(storage);
		expect(store.read()).toEqual(emptyRecord());
		expect(store.health()).toBe('recovered');
		expect(data.get(BACKUP_KEY)).toBe('{"version":1,"quizzes":"nope"');
		expect(store.backup()).toBe('{"version":1,"quizzes":"nope"');
	});

	it('rejects well-formed JSON that breaks the schema', () => {
		expect(parseStored(JSON.stringify({ version: 1, roleplays: { x: { plays: -1 } } })).ok).toBe(false);
		expect(parseStored(JSON.stringify({ version: 99 })).ok).toBe(false);
		expect(parseStored('x'.repeat(600_000))).toEqual({ ok: false, reason: 'too large' });
	});

	it('keeps working in memory when storage refuses writes, and never loses the last good record', () => {
		const { storage, data, state } = fakeStorage();
		const store = createProgressStore(storage);
		store.update((r) => recordRoleplayResult(r, 'cold-call', roleplay(0.4)));
		const saved = data.get(STORAGE_KEY);
		state.refuseWrites = true;
		const next = store.update((r) => recordRoleplayResult(r, 'cold-call', roleplay(0.9)));
		expect(next.roleplays['cold-call']?.practice?.overall).toBe(0.9);
		expect(store.health()).toBe('memory-only');
		expect(store.read().roleplays['cold-call']?.practice?.overall).toBe(0.9);
		expect(data.get(STORAGE_KEY)).toBe(saved);
	});

	it('works without any storage', () => {
		const store = createProgressStore(undefined);
		expect(store.health()).toBe('memory-only');
		store.update((r) => markModuleRead(r, 'agents/hold-done-right', date));
		expect(store.read().modulesRead['agents/hold-done-right']).toBe(date);
	});

	it('refuses to write a record that breaks the schema', () => {
		const { storage, data } = fakeStorage();
		const store = createProgressStore(storage);
		expect(() => store.update((r) => ({ ...r, version: 2 as 1 }))).toThrow();
		expect(data.has(STORAGE_KEY)).toBe(false);
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
		const newer = JSON.stringify({ version: 2, quizzes: {}, somethingNew: true });
		const { storage, data } = fakeStorage({ [STORAGE_KEY]: newer });
		const store = createProgressStore(storage);
		expect(store.read()).toEqual(emptyRecord());
		expect(data.get(BACKUP_KEY)).toBe(newer);
		expect(store.health()).toBe('recovered');
	});
});
