import { checkRecord, emptyRecord, type ProgressRecord } from './schema.ts';

/** The storage key of the record; the backup of an unreadable record sits beside it. */
export const STORAGE_KEY = 'both-ends:progress';
export const BACKUP_KEY = 'both-ends:progress:backup';
/** Larger stored text than this is not parsed: it cannot be ours. */
export const MAX_STORED_BYTES = 512 * 1024;

/** How the store is doing, for the page to tell the learner. */
export type StoreHealth =
	/** Reading and writing the device's storage. */
	| 'ok'
	/** Stored data was unreadable: it was kept as a backup and the learner starts clean. */
	| 'recovered'
	/** Storage is unavailable or full: progress lives in memory and goes with the tab. */
	| 'memory-only';

/** The subset of `Storage` the store uses, so tests can hand it a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ProgressStore {
	/** The current record (validated). */
	read(): ProgressRecord;
	/** Applies a change and saves it; returns the saved record. */
	update(change: (record: ProgressRecord) => ProgressRecord): ProgressRecord;
	/** Current health; see `StoreHealth`. */
	health(): StoreHealth;
	/** The raw text kept aside when stored data was unreadable, if any. */
	backup(): string | null;
	/** Forgets the backup of unreadable data (after the learner saved or declined it). */
	discardBackup(): void;
	/** Deletes everything this site stored on the device. */
	clear(): void;
}

/** Parses stored text into a record, or says why it cannot. Never throws. */
export function parseStored(text: string): { ok: true; record: ProgressRecord } | { ok: false; reason: string } {
	if (text.length > MAX_STORED_BYTES) return { ok: false, reason: 'too large' };
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

/**
 * A progress store over `storage` (normally `localStorage`). It validates on every read, keeps
 * unreadable data as a backup instead of overwriting it, and falls back to memory when storage
 * is missing or refuses a write, so the page keeps working either way.
 */
export function createProgressStore(storage: StorageLike | undefined): ProgressStore {
	let health: StoreHealth = storage ? 'ok' : 'memory-only';
	let memory: ProgressRecord = emptyRecord();
	let backupText: string | null = null;

	const isMemoryOnly = () => health === 'memory-only';
	const safeGet = (key: string): string | null => {
		try {
			return storage?.getItem(key) ?? null;
		} catch {
			health = 'memory-only';
			return null;
		}
	};

	const read = (): ProgressRecord => {
		if (health === 'memory-only' || !storage) return memory;
		const text = safeGet(STORAGE_KEY);
		// `safeGet` turns the store memory-only when storage throws.
		if (text === null) return isMemoryOnly() ? memory : emptyRecord();
		const parsed = parseStored(text);
		if (parsed.ok) return parsed.record;
		// Unreadable: keep the raw text aside (once), then start clean.
		backupText = text;
		try {
			storage.setItem(BACKUP_KEY, text);
			storage.removeItem(STORAGE_KEY);
			health = 'recovered';
		} catch {
			health = 'memory-only';
		}
		return emptyRecord();
	};

	return {
		read,
		update(change) {
			const next = checkRecord(change(structuredClone(read())));
			memory = next;
			if (storage && health !== 'memory-only') {
				try {
					// One setItem of the whole record: it either replaces the last good record or fails and leaves it.
					storage.setItem(STORAGE_KEY, JSON.stringify(next));
				} catch {
					health = 'memory-only';
				}
			}
			return next;
		},
		health: () => health,
		backup: () => backupText ?? safeGet(BACKUP_KEY),
		discardBackup() {
			backupText = null;
			try {
				storage?.removeItem(BACKUP_KEY);
			} catch {
				// Nothing stored, nothing to forget.
			}
		},
		clear() {
			memory = emptyRecord();
			backupText = null;
			try {
				storage?.removeItem(STORAGE_KEY);
				storage?.removeItem(BACKUP_KEY);
			} catch {
				// Storage refused: the memory copy is already empty.
			}
		},
	};
}

/** The browser's store, or a memory-only one where `localStorage` is blocked. */
export function browserProgressStore(): ProgressStore {
	let storage: StorageLike | undefined;
	try {
		storage = globalThis.localStorage;
		const probe = `${STORAGE_KEY}:probe`;
		storage.setItem(probe, '1');
		storage.removeItem(probe);
	} catch {
		storage = undefined;
	}
	return createProgressStore(storage);
}
