import { untrack } from 'svelte';
import type { ProgressRecord } from './schema.ts';
import { emptyRecord } from './schema.ts';
import { browserProgressStore, type BrowserProgressStore, type StorageState, type StoredBackup } from './store.ts';

/**
 * The on-device progress record as reactive state, shared by every island of a page: one
 * `localStorage` store (which merges other tabs' saves as they arrive and refreshes this), and
 * `$state` that islands read. Islands call `update()` and never touch storage themselves.
 */
class LiveProgress {
	/** The current record; replaced (never mutated) on every change. */
	record = $state<ProgressRecord>(emptyRecord());
	/** How storage is doing; the page's storage notice tells the learner. */
	state = $state<StorageState>('ok');
	/** Unreadable data kept aside, newest first (see `StoredBackup`). */
	backups = $state<StoredBackup[]>([]);

	#store: BrowserProgressStore | undefined;

	/** Opens the store on first use (in the browser only) and follows other tabs' changes. */
	#open(): BrowserProgressStore {
		if (this.#store) return this.#store;
		const store = browserProgressStore();
		this.#store = store;
		this.#refresh();
		store.subscribe(() => this.#refresh());
		return store;
	}

	#refresh() {
		const store = this.#store;
		if (!store) return;
		this.record = store.read();
		this.state = store.state();
		this.backups = store.backups();
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
		this.state = store.state();
		return next;
	}

	/** Replaces everything with an imported record, in every tab. */
	replace(record: ProgressRecord): ProgressRecord {
		const next = this.#open().replace(record);
		this.#refresh();
		return next;
	}

	/** Removes one backup (or the unreadable record blocking saves). */
	discardBackup(key: string) {
		this.#open().discardBackup(key);
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
