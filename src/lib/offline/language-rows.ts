/**
 * What the offline page says about each language, from the service worker's status and the
 * sizes the build wrote. The page only renders these rows.
 */
import { locales, type Locale } from '../i18n/locales.ts';
import type { CopyFailure, OfflineStatus } from './messages.ts';

export interface LanguageRow {
	lang: Locale;
	/** `kept`: every file is on the device; `copying`: under way; `not-kept`: neither. */
	state: 'kept' | 'copying' | 'not-kept';
	/** Bytes the language needs (0 if the sizes could not be read). */
	bytes: number;
	/** While copying: bytes stored so far and bytes needed. */
	progress?: { done: number; total: number };
	/** Why the last copy of this language stopped, if it did. */
	failed?: CopyFailure;
	/** Whether its buttons can be used now: one copy runs at a time. */
	canAct: boolean;
}

/** `/offline/sizes.json`, checked: a language's size is a whole number of bytes, or left out. */
export function readSizes(value: unknown): Partial<Record<Locale, number>> {
	const bytes = (value as { bytes?: Record<string, unknown> } | null)?.bytes;
	const sizes: Partial<Record<Locale, number>> = {};
	if (!bytes || typeof bytes !== 'object') return sizes;
	for (const lang of locales) {
		const size = bytes[lang];
		if (Number.isSafeInteger(size) && (size as number) >= 0) sizes[lang] = size as number;
	}
	return sizes;
}

/** One row per language of the site, the page's own language first. */
export function languageRows(status: OfflineStatus, sizes: Partial<Record<Locale, number>>, current: Locale): LanguageRow[] {
	const order = [current, ...locales.filter((lang) => lang !== current)];
	return order.map((lang) => {
		const copying = status.copying?.lang === lang;
		return {
			lang,
			state: copying ? 'copying' : status.kept.includes(lang) ? 'kept' : 'not-kept',
			bytes: sizes[lang] ?? 0,
			progress: copying && status.copying ? { done: status.copying.done, total: status.copying.total } : undefined,
			failed: status.failed?.lang === lang ? status.failed.reason : undefined,
			canAct: !status.copying,
		};
	});
}
