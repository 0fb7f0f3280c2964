import { describe, expect, it } from 'vitest';
import { markModuleRead } from '../../../src/lib/progress/module-read.ts';
import { emptyRecord } from '../../../src/lib/progress/schema.ts';
import { storageKeys } from '../../../src/lib/progress/storage-keys.ts';
import { createProgressStore, STORAGE_KEY } from '../../../src/lib/progress/store.ts';
import { fakeStorage } from './fake-storage.ts';

const date = '2026-12-05T09:00:00.000Z';

describe('a record kept under an LMS package’s scope', () => {
	it('is written apart from the site’s, which stays as it was', () => {
		const siteRecord = JSON.stringify(markModuleRead(emptyRecord(), 'callers/before-you-dial', date));
		const { storage, data } = fakeStorage({ [STORAGE_KEY]: siteRecord });
		const keys = storageKeys('both-ends.en.module.agents.hold-done-right');
		const store = createProgressStore(storage, { keys });
		expect(store.read().modulesRead).toEqual({});
		store.update((record) => markModuleRead(record, 'agents/hold-done-right', date));
		expect(data.get(STORAGE_KEY)).toBe(siteRecord);
		expect(JSON.parse(data.get(keys.record)!).modulesRead).toEqual({ 'agents/hold-done-right': date });
	});

	it('sets unreadable data aside under its own backup keys, never the site’s', () => {
		const keys = storageKeys('pkg-a');
		const { storage, data } = fakeStorage({ [keys.record]: '{broken', [STORAGE_KEY]: '{"kept":"as it was"}' });
		const store = createProgressStore(storage, { keys, now: () => new Date(date) });
		expect(store.read()).toEqual(emptyRecord());
		expect(store.state()).toBe('recovered');
		expect([...data.keys()].filter((key) => key.startsWith(keys.backupPrefix))).toHaveLength(1);
		expect(store.backups().map(({ key }) => key)).toEqual([`${keys.backupPrefix}${date}`]);
		store.clear();
		expect(data.get(STORAGE_KEY)).toBe('{"kept":"as it was"}');
	});

	it('uses the site’s own keys without a scope', () => {
		expect(storageKeys().record).toBe(STORAGE_KEY);
		expect(storageKeys('x').record).not.toBe(STORAGE_KEY);
		expect(storageKeys('x').backupPrefix.startsWith(storageKeys('x').record)).toBe(true);
	});
});
