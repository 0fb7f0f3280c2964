/**
 * What the pages and the service worker say to each other (`postMessage`). The worker answers
 * every request, and tells every open page whenever something changes, with one snapshot.
 */
import type { Locale } from '../i18n/locales.ts';

/** A page asks the service worker. */
export type OfflineRequest =
	/** Copy every file of this language into the cache (progress comes as status snapshots). */
	| { type: 'keep'; lang: Locale }
	/** The first page the worker controls: keep its language, once, unless the browser saves data. */
	| { type: 'first-visit'; lang: Locale }
	/** Delete this language's files that no other kept language needs. */
	| { type: 'forget'; lang: Locale }
	/** Send the current status. */
	| { type: 'status' }
	/** A waiting new version: take over now (the page reloads when it has). */
	| { type: 'update-now' };

/** Why copying a language stopped before the end. */
export type CopyFailure =
	/** A file could not be fetched: the network dropped, or the server refused. */
	| 'network'
	/** The site was updated meanwhile: its files are no longer this version's. */
	| 'new-version'
	/** The browser refused to store more (quota). */
	| 'storage';

/** The service worker's state, sent to every page after each change. */
export interface OfflineStatus {
	type: 'offline-status';
	/** The build the worker serves. */
	version: string;
	/** Languages whose every file is in the cache. */
	kept: Locale[];
	/** A language being copied, and how far: bytes stored of bytes needed. */
	copying?: { lang: Locale; done: number; total: number };
	/** The last copy that stopped, and why (cleared by the next attempt). */
	failed?: { lang: Locale; reason: CopyFailure };
}

export function isOfflineStatus(value: unknown): value is OfflineStatus {
	return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'offline-status';
}
