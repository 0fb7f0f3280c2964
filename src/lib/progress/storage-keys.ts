/**
 * Where the progress record lives on the device, and its size bound: a file of its own so the
 * header's review count (on every page) reads them without loading the store.
 */
import { lmsPackageId } from '../site-root.ts';

/** The storage key of the record. */
export const STORAGE_KEY = 'both-ends:progress';
/** Backups of unreadable records sit beside it, one key each: this prefix plus when it was set aside (ISO 8601). */
export const BACKUP_PREFIX = 'both-ends:progress:backup:';
/** The one backup slot of earlier versions; still listed, downloadable and discarded like the others. */
export const LEGACY_BACKUP_KEY = 'both-ends:progress:backup';
/** How many backups the device keeps; setting a fourth aside removes the oldest. */
export const MAX_BACKUPS = 3;
/**
 * Longer stored text than this is not parsed: it cannot be ours. The record's own growth stops far
 * below it (`compact.ts`): 50 assignments and 500 full check-ins together stay under three quarters of it.
 */
export const MAX_STORED_CHARS = 2 * 1024 * 1024;

/** The event a page's window receives after this page saved progress (other tabs get `storage`): the header's review count follows it. */
export const SAVED_EVENT = 'both-ends:progress-saved';

/** The keys one progress record uses: the record itself and its backups. */
export interface StorageKeys {
	/** The record. */
	record: string;
	/** Backups: this prefix plus when they were set aside. */
	backupPrefix: string;
	/** The one backup slot of earlier versions. */
	legacyBackup: string;
}

/**
 * The keys of the record kept under `scope`: the site's own without one. An LMS package's pages
 * carry their package's id as scope (`lmsPackageId`), so a
 * course in an LMS keeps its progress apart from the site's and from other courses on that origin.
 */
export function storageKeys(scope = ''): StorageKeys {
	const record = scope ? `${STORAGE_KEY}@${scope}` : STORAGE_KEY;
	return scope
		? { record, backupPrefix: `${record}:backup:`, legacyBackup: `${record}:backup` }
		: { record, backupPrefix: BACKUP_PREFIX, legacyBackup: LEGACY_BACKUP_KEY };
}

/** The scope of the page's record (see `storageKeys`): its LMS package's id, empty on the site. */
export function pageStorageScope(): string {
	return lmsPackageId();
}
