import { describe, expect, it } from 'vitest';
import { languageRows, readSizes } from '../../../src/lib/offline/language-rows.ts';
import type { OfflineStatus } from '../../../src/lib/offline/messages.ts';

const status = (change: Partial<OfflineStatus> = {}): OfflineStatus => ({ type: 'offline-status', version: 'v1', kept: [], ...change });
const sizes = { en: 8_000_000, fr: 8_500_000, it: 8_200_000 };

describe('languageRows', () => {
	it('lists every language, the page’s own first', () => {
		expect(languageRows(status(), sizes, 'fr').map((row) => row.lang)).toEqual(['fr', 'en', 'it']);
	});

	it('says which are kept, with their size', () => {
		const [en, fr] = languageRows(status({ kept: ['en'] }), sizes, 'en');
		expect(en).toMatchObject({ state: 'kept', bytes: 8_000_000, canAct: true });
		expect(fr).toMatchObject({ state: 'not-kept', bytes: 8_500_000 });
	});

	it('shows the copy under way with its progress, and holds every button until it ends', () => {
		const rows = languageRows(status({ kept: ['en'], copying: { lang: 'it', done: 1_000, total: 8_200_000 } }), sizes, 'en');
		expect(rows.find((row) => row.lang === 'it')).toMatchObject({ state: 'copying', progress: { done: 1_000, total: 8_200_000 } });
		expect(rows.every((row) => !row.canAct)).toBe(true);
	});

	it('says why the last copy of a language stopped, on that language only', () => {
		const rows = languageRows(status({ failed: { lang: 'fr', reason: 'storage' } }), sizes, 'en');
		expect(rows.find((row) => row.lang === 'fr')?.failed).toBe('storage');
		expect(rows.find((row) => row.lang === 'en')?.failed).toBeUndefined();
	});
});

describe('readSizes', () => {
	it('reads whole byte counts and drops anything else', () => {
		expect(readSizes({ version: 'v', bytes: { en: 10, fr: -1, it: '3', de: 4 } })).toEqual({ en: 10 });
		expect(readSizes(null)).toEqual({});
		expect(readSizes({ bytes: 'lots' })).toEqual({});
	});
});
