import { describe, expect, it } from 'vitest';
import { languageSitemap, robotsTxt, sitemapIndex } from '../../../src/lib/seo/sitemap.ts';

const site = new URL('https://both-ends.example');
const pages = [
	'/',
	'/404.html',
	'/en/',
	'/en/404/',
	'/en/agents/hold-done-right/',
	'/fr/',
	'/fr/agents/hold-done-right/',
	'/it/',
	'/en/only-english/',
];

describe('languageSitemap', () => {
	const xml = languageSitemap(pages, 'en', site);

	it('lists the language’s pages with absolute URLs, and no not-found page', () => {
		expect(xml).toContain('<loc>https://both-ends.example/en/agents/hold-done-right/</loc>');
		expect(xml).toContain('<loc>https://both-ends.example/en/only-english/</loc>');
		expect(xml).not.toContain('404');
		expect(xml).not.toContain('/fr/agents/hold-done-right/</loc>');
	});

	it('gives each page its versions in the languages that have it', () => {
		const entry = xml.split('\n').find((line) => line.includes('<loc>https://both-ends.example/en/agents/hold-done-right/</loc>'))!;
		expect(entry).toContain('hreflang="fr" href="https://both-ends.example/fr/agents/hold-done-right/"');
		expect(entry).not.toContain('hreflang="it"');
		const lone = xml.split('\n').find((line) => line.includes('only-english'))!;
		expect(lone.match(/xhtml:link/g)).toHaveLength(1);
	});

	it('escapes what XML needs escaped', () => {
		expect(languageSitemap(['/en/a&b/'], 'en', site)).toContain('/en/a&amp;b/');
	});
});

describe('sitemapIndex and robotsTxt', () => {
	it('point to every language’s sitemap, absolutely', () => {
		const index = sitemapIndex(site);
		for (const lang of ['en', 'fr', 'it']) expect(index).toContain(`<loc>https://both-ends.example/sitemap-${lang}.xml</loc>`);
		expect(robotsTxt(site)).toContain('Sitemap: https://both-ends.example/sitemap-index.xml');
	});
});
