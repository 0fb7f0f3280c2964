import { siteFile } from '../site-root.ts';
import { compactRecord } from './compact.ts';
import type { mergeRecords } from './merge.ts';
import { showStorageNotice } from './notice.ts';
import { checkRecord, emptyRecord, type ProgressRecord } from './schema.ts';

export { BACKUP_PREFIX, LEGACY_BACKUP_KEY, MAX_BACKUPS, MAX_STORED_CHARS, SAVED_EVENT, STORAGE_KEY } from './storage-keys.ts';
import { MAX_BACKUPS, MAX_STORED_CHARS, pageStorageScope, SAVED_EVENT, storageKeys, type StorageKeys } from './storage-keys.ts';

/** What the page should tell the learner about on-device storage (`StorageNotice.astro`). */
export type StorageState =
	/** Reading and writing the device's storage. */
	| 'ok'
	/** This page found unreadable saved data and set it aside as a dated backup; progress starts afresh. */
	| 'recovered'
	/** Saved data is unreadable and too large to set aside: it stays in place, and nothing new is saved until the learner downloads and discards it. */
	| 'blocked'
	/** Storage can be read but refuses writes (full): earlier progress is shown and exported; new progress lasts until the tab closes. */
	| 'read-only'
	/** No storage at all (blocked, some private modes): progress lasts until the tab closes. */
	| 'memory-only';

/** A copy of unreadable data kept aside, or the unreadable record itself when it was too large to copy. */
export interface StoredBackup {
	/** Its storage key, to discard it. */
	key: string;
	/** When it was set aside (ISO 8601); empty when unknown (the unreadable record itself, or an older version's backup). */
	date: string;
	/** The data, exactly as it was stored. */
	text: string;
	/** Whether this is the unreadable record left where it was, blocking new saves until it is discarded. */
	inPlace: boolean;
}

/** The subset of `Storage` the store uses, so tests can hand it a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface ProgressStore {
	/** The latest record: the stored one merged with what this tab saved. */
	read(): ProgressRecord;
	/** Applies a change to the latest record and saves it; returns the saved record. */
	update(change: (record: ProgressRecord) => ProgressRecord): ProgressRecord;
	/** Replaces everything (an import), in every tab: starts a new epoch (see `ProgressRecord.epoch`). */
	replace(record: ProgressRecord): ProgressRecord;
	/**
	 * Merges what this tab saved into the latest stored record with `merge` (`merge.ts`, loaded
	 * only when needed) and saves the result when it differs; returns whether it saved. Run after
	 * each save and whenever another tab saves.
	 */
	reconcile(merge: typeof mergeRecords): boolean;
	/** How storage is doing, for the page to tell the learner. */
	state(): StorageState;
	/** The backups, newest first; the unreadable record itself first when it blocks saving. */
	backups(): StoredBackup[];
	/** Removes a backup (or the blocking unreadable record, which lets saving resume). */
	discardBackup(key: string): void;
	/** Deletes everything this site stored on the device, backups included. */
	clear(): void;
}

/** Parses stored text into a record, or says why it cannot. Never throws. */
export function parseStored(text: string): { ok: true; record: ProgressRecord } | { ok: false; reason: string } {
	if (text.length > MAX_STORED_CHARS) return { ok: false, reason: 'too large' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not JSON' };
	}
	try {
		return { ok: true, record: checkRecord(data) };
	} catch (error) {
		return { ok: false, reason: (error as Error).message };
	}
}

/** What the store starts from, and hooks for tests. */
export interface StoreOptions {
	/** Storage was found refusing writes when the page opened it: start 'read-only'. */
	refusesWrites?: boolean;
	/** The clock and the random part of a new epoch. */
	now?: () => Date;
	random?: () => string;
	/** The keys of the record and its backups (`storageKeys`): the site's own by default. */
	keys?: StorageKeys;
}

/**
 * A progress store over `storage` (normally `localStorage`). It validates on every read, never
 * writes over unreadable data (it sets it aside, up to `MAX_BACKUPS` copies), merges its saves
 * with other tabs' (`merge.ts`), keeps showing stored progress when writes fail, and falls back
 * to memory when storage is missing, so the page keeps working whatever the device does.
 */
export function createProgressStore(storage: StorageLike | undefined, options: StoreOptions = {}): ProgressStore {
	const now = options.now ?? (() => new Date());
	const random = options.random ?? (() => Math.random().toString(36).slice(2, 10));
	const { record: recordKey, backupPrefix, legacyBackup: legacyBackupKey } = options.keys ?? storageKeys();
	let state: StorageState = !storage ? 'memory-only' : options.refusesWrites ? 'read-only' : 'ok';
	// What this tab saved since it last reconciled, oldest first: merged into the stored record
	// then, so another tab's write that replaced it (from a stale copy) cannot make it disappear.
	let written: ProgressRecord[] = [];
	// The unreadable record left in place when it could not be copied aside.
	let blockedText: string | null = null;
	const lastWritten = () => written.at(-1);

	const canRead = () => storage && state !== 'memory-only' && state !== 'blocked';
	const quietly = (action: () => void) => {
		try {
			action();
		} catch {
			// Storage refused; the state already says what the learner is told.
		}
	};

	/** The stored record, `null` when there is none or it cannot be read (then it was set aside). */
	function readStored(): ProgressRecord | null {
		if (!storage || !canRead()) return null;
		let text: string | null;
		try {
			text = storage.getItem(recordKey);
		} catch {
			state = 'memory-only';
			return null;
		}
		if (text === null) return null;
		const parsed = parseStored(text);
		if (parsed.ok) return parsed.record;
		setAside(storage, text);
		return null;
	}

	function setAside(storage: StorageLike, text: string) {
		try {
			storage.setItem(`${backupPrefix}${now().toISOString()}`, text);
		} catch {
			// Too large to copy, or storage is full: it stays where it is, untouched, until the
			// learner downloads and discards it from My progress.
			blockedText = text;
			state = 'blocked';
			return;
		}
		quietly(() => storage.removeItem(recordKey));
		for (const old of backups()
			.filter((backup) => !backup.inPlace)
			.slice(MAX_BACKUPS))
			quietly(() => storage.removeItem(old.key));
		state = 'recovered';
	}

	function read(): ProgressRecord {
		const stored = readStored();
		// "Delete everything" or an import in another tab: what this tab saved before it is gone.
		if (stored && (stored.epoch ?? '') > (lastWritten()?.epoch ?? '')) written = [];
		const mine = lastWritten();
		// Saving refused: this tab's last save holds the stored record it started from, and more.
		if (state === 'read-only' && mine) return mine;
		return stored ?? mine ?? emptyRecord();
	}

	function write(record: ProgressRecord) {
		if (!storage || !canRead()) return;
		try {
			// One setItem of the whole record: it either replaces the last good record or fails and leaves it.
			storage.setItem(recordKey, JSON.stringify(record));
			if (state === 'read-only') state = 'ok';
		} catch {
			state = 'read-only';
		}
	}

	const epochOnly = (epoch: string | undefined): ProgressRecord => (epoch ? { ...emptyRecord(), epoch } : emptyRecord());
	const newEpoch = () => `${now().toISOString()}~${random()}`;
	/** Remembers a save for the next reconcile; a few are plenty, as a reconcile follows every save. */
	const remember = (record: ProgressRecord) => {
		written = [...written.slice(-19), record];
	};

	function backups(): StoredBackup[] {
		const list: StoredBackup[] = [];
		if (!storage) return list;
		const keys: string[] = [];
		quietly(() => {
			for (let i = 0; i < storage.length; i++) keys.push(storage.key(i) ?? '');
		});
		for (const key of keys) {
			if (key !== legacyBackupKey && !key.startsWith(backupPrefix)) continue;
			let text: string | null = null;
			quietly(() => (text = storage.getItem(key)));
			if (text !== null) list.push({ key, date: key.slice(backupPrefix.length), text, inPlace: false });
		}
		list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
		return blockedText === null ? list : [{ key: recordKey, date: '', text: blockedText, inPlace: true }, ...list];
	}

	return {
		read,
		update(change) {
			const next = compactRecord(checkRecord(change(structuredClone(read()))));
			remember(next);
			write(next);
			return next;
		},
		replace(record) {
			const next = { ...checkRecord(record), epoch: newEpoch() };
			written = [next];
			write(next);
			return next;
		},
		reconcile(merge) {
			if (!storage || (state !== 'ok' && state !== 'recovered') || written.length === 0) return false;
			const stored = readStored();
			// Checked again: a merged record is valid, and checking lists its fields in one order, so
			// records holding the same progress are the same text.
			const merged = checkRecord(compactRecord(written.reduce(merge, stored ?? epochOnly(lastWritten()?.epoch))));
			written = [merged];
			if (stored && JSON.stringify(stored) === JSON.stringify(merged)) return false;
			write(merged);
			return true;
		},
		state: () => state,
		backups,
		discardBackup(key) {
			if (!storage) return;
			if (key === recordKey && blockedText !== null) {
				blockedText = null;
				quietly(() => storage.removeItem(recordKey));
				state = 'ok';
				const mine = lastWritten();
				if (mine) write(mine);
				return;
			}
			if (key === legacyBackupKey || key.startsWith(backupPrefix)) quietly(() => storage.removeItem(key));
		},
		clear() {
			const wasBlocked = blockedText !== null;
			for (const backup of backups()) quietly(() => storage?.removeItem(backup.key));
			blockedText = null;
			if (wasBlocked) state = 'ok';
			// The empty record of a new epoch, not nothing: a tab that has not seen the deletion
			// merges into it, and the epoch keeps its older progress out.
			const empty = epochOnly(newEpoch());
			written = [empty];
			write(empty);
		},
	};
}

/** The lock every tab's reconciling takes, so two tabs never merge over each other. */
const LOCK_NAME = 'both-ends:progress';

/** Runs `task` under the Web Lock where the browser has Web Locks, else on its own (one tab's tasks run in turn anyway). */
function underLock(task: () => Promise<void>): void {
	const locks = globalThis.navigator?.locks;
	const run = () => task().catch(() => {});
	if (locks) void locks.request(LOCK_NAME, run);
	else void run();
}

/**
 * The merge code, loaded only when there is something to reconcile. Built to a fixed URL
 * (`src/integrations/page-bundles.ts`) so the bundler adds no preload helper to every page that
 * keeps progress; `astro dev` serves the source instead.
 */
const loadMerge = (): Promise<typeof import('./merge.ts')> =>
	import.meta.env?.DEV ? import('./merge.ts') : import(/* @vite-ignore */ siteFile('progress-merge.js'));

/** A store in the browser: the page's `localStorage`, reconciled with other tabs, reporting to the page. */
export interface BrowserProgressStore extends ProgressStore {
	/** Calls `listener` after another tab's save was merged in; returns a function that stops it. */
	subscribe(listener: () => void): () => void;
}

/**
 * The browser's store (memory-only where `localStorage` cannot even be read). Every save is
 * written at once (a lock is asynchronous, and a save must land before the page can close) and
 * then reconciled under a Web Lock; another tab's save is reconciled when its `storage` event
 * arrives. The page's storage notice is told whenever the state is not 'ok'.
 */
export function browserProgressStore(report: (state: StorageState) => void = showStorageNotice): BrowserProgressStore {
	let storage: StorageLike | undefined;
	let refusesWrites = false;
	const keys = storageKeys(pageStorageScope());
	const { record: recordKey, legacyBackup: legacyBackupKey } = keys;
	try {
		storage = globalThis.localStorage;
		storage.getItem(recordKey);
	} catch {
		storage = undefined;
	}
	// A full or read-only storage is found now, so the page says so before anything is lost.
	try {
		storage?.setItem(`${recordKey}:probe`, '1');
		storage?.removeItem(`${recordKey}:probe`);
	} catch {
		refusesWrites = true;
	}
	const store = createProgressStore(storage, { refusesWrites, keys });
	const listeners = new Set<() => void>();
	let reported: StorageState = 'ok';
	const tell = () => {
		const state = store.state();
		if (state !== reported) report((reported = state));
	};
	const reconcile = (then?: () => void) =>
		underLock(async () => {
			const { mergeRecords } = await loadMerge();
			store.reconcile(mergeRecords);
			tell();
			then?.();
		});
	if (typeof window !== 'undefined') {
		window.addEventListener('storage', (event) => {
			if (event.key !== null && event.key !== recordKey && !event.key.startsWith(legacyBackupKey)) return;
			reconcile(() => {
				for (const listener of listeners) listener();
			});
		});
	}
	const told =
		<A extends unknown[], R>(action: (...args: A) => R, saves = false) =>
		(...args: A): R => {
			const result = action(...args);
			tell();
			if (saves) globalThis.dispatchEvent?.(new Event(SAVED_EVENT));
			return result;
		};
	return {
		...store,
		read: told(store.read),
		update: told((change: (record: ProgressRecord) => ProgressRecord) => {
			const next = store.update(change);
			reconcile();
			return next;
		}, true),
		replace: told(store.replace, true),
		discardBackup: told(store.discardBackup),
		clear: told(store.clear, true),
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
