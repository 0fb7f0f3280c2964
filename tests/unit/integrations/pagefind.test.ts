import { describe, expect, it } from 'vitest';
import { pageFile, pageUrl } from '../../../src/integrations/pagefind.ts';

describe('pages handed to Pagefind while rendering', () => {
	it('names the file Astro writes for a page, so the index and the site agree', () => {
		expect(pageFile('/en/agents/hold-done-right/')).toBe('en/agents/hold-done-right/index.html');
		expect(pageFile('/fr/')).toBe('fr/index.html');
		expect(pageFile('/')).toBe('index.html');
	});

	it('leaves status pages and files with an extension to be read from disk', () => {
		expect(pageFile('/404/')).toBeUndefined();
		expect(pageFile('/404')).toBeUndefined();
		expect(pageFile('/en/trainers/catalogue.json')).toBeUndefined();
	});

	it('gives each file the address a visitor opens, as indexing the directory did', () => {
		expect(pageUrl('en/agents/hold-done-right/index.html')).toBe('/en/agents/hold-done-right/');
		expect(pageUrl('index.html')).toBe('/');
		expect(pageUrl('404.html')).toBe('/404.html');
	});
});
