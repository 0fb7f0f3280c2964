import { describe, expect, it } from 'vitest';
import {
	belongsOffline,
	filesToForget,
	isOfflineListPath,
	keptLanguages,
	languageOf,
	parseOfflineList,
	totalBytes,
	urlOfFile,
	type OfflineFile,
} from '../../../src/lib/offline/offline-list.ts';

describe('belongsOffline', () => {
	it('keeps a language’s own pages and data, not another language’s', () => {
		expect(belongsOffline('en/agents/hold-done-right/index.html', 'en')).toBe(true);
		expect(belongsOffline('en/review/data.json', 'en')).toBe(true);
		expect(belongsOffline('fr/agents/hold-done-right/index.html', 'en')).toBe(false);
	});

	it('keeps the shared scripts, styles, bundles and maps for every language', () => {
		for (const file of [
			'_astro/Quiz.abc.js',
			'page-bundles/chunk-x.js',
			'maps/cold-call.json',
			'search-ui.js',
			'offline-notices.js',
			'index.html',
			'404.html',
		]) {
			expect(belongsOffline(file, 'it'), file).toBe(true);
		}
	});

	it('keeps only that language’s search index, with the search code every language shares', () => {
		expect(belongsOffline('pagefind/pagefind.js', 'fr')).toBe(true);
		// Pagefind runs without its worker here.
		expect(belongsOffline('pagefind/pagefind-worker.js', 'fr')).toBe(false);
		expect(belongsOffline('pagefind/pagefind-entry.json', 'fr')).toBe(true);
		expect(belongsOffline('pagefind/wasm.fr.pagefind', 'fr')).toBe(true);
		expect(belongsOffline('pagefind/pagefind.fr_1a8c25a93d.pf_meta', 'fr')).toBe(true);
		expect(belongsOffline('pagefind/index/fr_3092ea9.pf_index', 'fr')).toBe(true);
		expect(belongsOffline('pagefind/fragment/fr_14dd9e7.pf_fragment', 'fr')).toBe(true);
		expect(belongsOffline('pagefind/filter/fr_82f96bc.pf_filter', 'fr')).toBe(true);
		expect(belongsOffline('pagefind/index/en_30e6277.pf_index', 'fr')).toBe(false);
		expect(belongsOffline('pagefind/wasm.en.pagefind', 'fr')).toBe(false);
		// Pagefind's own UIs are not used by the site.
		expect(belongsOffline('pagefind/pagefind-ui.js', 'fr')).toBe(false);
	});

	it('leaves out the share image and unknown files at the root', () => {
		expect(belongsOffline('og.png', 'en')).toBe(false);
		expect(belongsOffline('_headers', 'en')).toBe(false);
	});
});

describe('urlOfFile', () => {
	it('serves a page’s index.html at its folder, and other files at their path', () => {
		expect(urlOfFile('index.html')).toBe('/');
		expect(urlOfFile('en/index.html')).toBe('/en/');
		expect(urlOfFile('en/quiz/spot-the-bzzzt/index.html')).toBe('/en/quiz/spot-the-bzzzt/');
		expect(urlOfFile('en/review/data.json')).toBe('/en/review/data.json');
		expect(urlOfFile('404.html')).toBe('/404.html');
	});
});

describe('languageOf and isOfflineListPath', () => {
	it('reads the language from the first folder only', () => {
		expect(languageOf('/it/practice/')).toBe('it');
		expect(languageOf('/')).toBeUndefined();
		expect(languageOf('/_astro/it.js')).toBeUndefined();
	});

	it('knows the lists, which are always fetched fresh, from the sizes file, which is kept', () => {
		expect(isOfflineListPath('/offline/en.json')).toBe(true);
		expect(isOfflineListPath('/offline/sizes.json')).toBe(false);
		expect(isOfflineListPath('/en/offline/')).toBe(false);
	});
});

describe('totalBytes and filesToForget', () => {
	const en: OfflineFile[] = [
		['/en/', 100, 'a'],
		['/_astro/x.js', 50, 'b'],
	];
	const fr: OfflineFile[] = [
		['/fr/', 120, 'c'],
		['/_astro/x.js', 50, 'b'],
	];

	it('adds up the sizes', () => {
		expect(totalBytes({ files: en })).toBe(150);
	});

	it('removes a language’s own files and keeps what another kept language shares', () => {
		expect(filesToForget({ files: fr }, [{ files: en }])).toEqual(['/fr/']);
		expect(filesToForget({ files: fr }, [])).toEqual(['/fr/', '/_astro/x.js']);
	});
});

describe('parseOfflineList', () => {
	const good = { version: 'v1', lang: 'en', files: [['/en/', 10, 'h']] };

	it('accepts a list of this build', () => {
		expect(parseOfflineList(good, 'v1')).toEqual(good);
	});

	it('refuses a list of another build, which would mix two versions in one cache', () => {
		expect(() => parseOfflineList(good, 'v2')).toThrow(/build v1, expected v2/);
	});

	it('refuses an unknown language and files that are not site paths, naming the field', () => {
		expect(() => parseOfflineList({ ...good, lang: 'de' }, 'v1')).toThrow(/"lang"/);
		expect(() => parseOfflineList({ ...good, files: [['https://evil.example/x', 1, 'h']] }, 'v1')).toThrow(/"files"/);
		expect(() => parseOfflineList({ ...good, files: [['//evil.example/x', 1, 'h']] }, 'v1')).toThrow(/"files"/);
		expect(() => parseOfflineList({ ...good, files: [['/en/', 1.5, 'h']] }, 'v1')).toThrow(/"files"/);
		expect(() => parseOfflineList(null, 'v1')).toThrow(/not an object/);
	});
});

describe('keptLanguages', () => {
	it('keeps only the site’s languages, in the site’s order', () => {
		expect(keptLanguages(['it', 'de', 'en', 3])).toEqual(['en', 'it']);
		expect(keptLanguages('en')).toEqual([]);
	});
});
