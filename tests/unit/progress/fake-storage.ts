import type { StorageLike } from '../../../src/lib/progress/store.ts';

/** What a fake storage can be told to do wrong. */
export interface Faults {
	/** `setItem` throws, as a full quota does. */
	refuseWrites: boolean;
	/** Every call throws, as blocked storage does. */
	refuseAll: boolean;
	/** The longest value `setItem` accepts before throwing (a quota in characters). */
	maxValue: number;
}

/** An in-memory `Storage` with the faults above. */
export function fakeStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	const faults: Faults = { refuseWrites: false, refuseAll: false, maxValue: Infinity };
	const guard = () => {
		if (faults.refuseAll) throw new Error('SecurityError');
	};
	const storage: StorageLike = {
		getItem: (key) => (guard(), data.get(key) ?? null),
		setItem: (key, value) => {
			guard();
			if (faults.refuseWrites || value.length > faults.maxValue) throw new Error('QuotaExceededError');
			data.set(key, value);
		},
		removeItem: (key) => {
			guard();
			data.delete(key);
		},
		key: (index) => (guard(), [...data.keys()][index] ?? null),
		get length() {
			guard();
			return data.size;
		},
	};
	return { storage, data, faults };
}

/**
 * One origin's `localStorage` as Chromium runs it for several tabs: each tab reads and writes its
 * own copy at once, and another tab's write reaches it later, in order, with a `storage` event.
 * `deliver` hands a tab its next pending write; until then the tab reads stale data, which is how
 * two tabs lose each other's writes.
 */
export function sharedOrigin() {
	interface Tab {
		copy: Map<string, string>;
		pending: { key: string; value: string | null }[];
		listeners: (() => void)[];
	}
	const tabs: Tab[] = [];
	// The browser's own copy: every write lands here in the order the tabs made them.
	const area = new Map<string, string>();

	function openTab() {
		const tab: Tab = { copy: new Map(area), pending: [], listeners: [] };
		tabs.push(tab);
		const send = (key: string, value: string | null) => {
			if (value === null) area.delete(key);
			else area.set(key, value);
			for (const other of tabs) if (other !== tab) other.pending.push({ key, value });
		};
		const storage: StorageLike = {
			getItem: (key) => tab.copy.get(key) ?? null,
			setItem: (key, value) => {
				tab.copy.set(key, value);
				send(key, value);
			},
			removeItem: (key) => {
				tab.copy.delete(key);
				send(key, null);
			},
			key: (index) => [...tab.copy.keys()][index] ?? null,
			get length() {
				return tab.copy.size;
			},
		};
		return {
			storage,
			/** Runs `listener` on every write from another tab, after it arrived (a `storage` event). */
			onStorage: (listener: () => void) => tab.listeners.push(listener),
			/** Delivers this tab's next pending write; false when none is pending. */
			deliver(): boolean {
				const next = tab.pending.shift();
				if (!next) return false;
				if (next.value === null) tab.copy.delete(next.key);
				else tab.copy.set(next.key, next.value);
				for (const listener of tab.listeners) listener();
				return true;
			},
			/** Whether a write from another tab is still on its way here. */
			waiting: () => tab.pending.length > 0,
		};
	}

	/**
	 * Delivers everything, including writes the deliveries cause, until no tab waits; then, as the
	 * browser does, brings any tab whose copy still differs from its own (two tabs' writes crossed)
	 * into line, with a `storage` event, and goes on until nothing moves.
	 */
	function settle(open: ReturnType<typeof openTab>[], limit = 10_000) {
		for (let round = 0; ; round++) {
			if (round > limit) throw new Error('tabs never settled');
			if (open.some((tab) => tab.waiting())) {
				for (const tab of open) tab.deliver();
				continue;
			}
			let moved = false;
			for (const tab of tabs) {
				for (const key of new Set([...tab.copy.keys(), ...area.keys()])) {
					if (tab.copy.get(key) === area.get(key)) continue;
					tab.pending.push({ key, value: area.get(key) ?? null });
					moved = true;
				}
			}
			if (!moved) return;
		}
	}

	return { openTab, settle };
}
