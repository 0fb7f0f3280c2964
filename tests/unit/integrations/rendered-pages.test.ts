import { describe, expect, it } from 'vitest';
import { pageFile } from '../../../src/integrations/rendered-pages.ts';

describe('the file each rendered page is written to', () => {
	it('names the file Astro writes for a page, so the steps and the site agree', () => {
		expect(pageFile('/en/agents/hold-done-right/')).toBe('en/agents/hold-done-right/index.html');
		expect(pageFile('/fr/')).toBe('fr/index.html');
		expect(pageFile('/')).toBe('index.html');
	});

	it('leaves status pages and files with an extension to be read from disk', () => {
		expect(pageFile('/404/')).toBeUndefined();
		expect(pageFile('/404')).toBeUndefined();
		expect(pageFile('/en/trainers/catalogue.json')).toBeUndefined();
	});
});
