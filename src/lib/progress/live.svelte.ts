import { untrack } from 'svelte';
import type { ProgressRecord } from './schema.ts';
import { emptyRecord } from './schema.ts';
import { browserProgressStore, STORAGE_KEY, BACKUP_KEY, type ProgressStore, type StoreHealth } from './store.ts';

/**
 * The on-device progress record as reactive state, shared by every island of a page: one
 * `localStorage` store, one `storage` listener (so progress made in another tab shows up here),
 * and `$state` that islands read. Islands call `update()` and never touch storage themselves.
 */
class LiveProgress {
	/** The current record; replaced (never mutated) on every change. */
	record = $state<ProgressRecord>(emptyRecord());
	/** How storage is doing, for the page to tell the learner. */
	health = $state<StoreHealth>('ok');
	/** The raw text kept aside when stored data was unreadable, if any. */
	backup = $state<string | null>(null);

	#store: ProgressStore | undefined;

	/** Opens the store on first use (in the browser only) and follows other tabs' changes. */
	#open(): ProgressStore {
		if (this.#store) return this.#store;
		const store = browserProgressStore();
		this.#store = store;
		this.#refresh();
		if (typeof window !== 'undefined') {
			window.addEventListener('storage', (event) => {
				if (event.key === null || event.key === STORAGE_KEY || event.key === BACKUP_KEY) this.#refresh();
			});
		}
		return store;
	}

	#refresh() {
		const store = this.#store;
		if (!store) return;
		this.record = store.read();
		this.health = store.health();
		this.backup = store.backup();
	}

	/**
	 * Reads the record (opening the store if needed); call from an `$effect` or `onMount`.
	 * Untracked: an `$effect` calling it must not re-run (and reload) whenever the record changes.
	 */
	load(): ProgressRecord {
		return untrack(() => {
			this.#open();
			this.#refresh();
			return this.record;
		});
	}

	/** Applies a change, saves it, and returns the saved record. */
	update(change: (record: ProgressRecord) => ProgressRecord): ProgressRecord {
		const store = this.#open();
		const next = store.update(change);
		this.record = next;
		this.health = store.health();
		return next;
	}

	/** Forgets the backup of unreadable data. */
	discardBackup() {
		this.#open().discardBackup();
		this.#refresh();
	}

	/** Deletes everything this site stored on the device. */
	clear() {
		this.#open().clear();
		this.#refresh();
	}
}

/** The page's one live progress record. */
export const progress = new LiveProgress();
