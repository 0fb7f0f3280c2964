import { describe, expect, it } from 'vitest';
import { bySection, pageFile, sectionOf } from '../../../src/integrations/rendered-pages.ts';

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

describe('the order pages are rendered in', () => {
	it('names the part of the site a page or file belongs to by its first segment', () => {
		expect(sectionOf('/fr/agents/hold-done-right/')).toBe('fr');
		expect(sectionOf('it/quiz/q1/index.html')).toBe('it');
		expect(sectionOf('/')).toBe('');
		expect(sectionOf('/404')).toBe('');
		expect(sectionOf('index.html')).toBe('');
	});

	it('renders one language after another, each in the order Astro gave, so each language is done before the next starts', () => {
		const astroOrder = [
			'/',
			'/en/',
			'/fr/',
			'/it/',
			'/en/agents/a/',
			'/fr/agents/a/',
			'/it/agents/a/',
			'/en/quiz/q/',
			'/fr/quiz/q/',
			'/maps/m.json',
		];
		const order = bySection(astroOrder.map((pathname) => ({ pathname }))).map(({ pathname }) => pathname);
		expect(order).toEqual([
			'/',
			'/en/',
			'/en/agents/a/',
			'/en/quiz/q/',
			'/fr/',
			'/fr/agents/a/',
			'/fr/quiz/q/',
			'/it/',
			'/it/agents/a/',
			'/maps/m.json',
		]);
		expect(order.toSorted()).toEqual(astroOrder.toSorted());
	});
});
