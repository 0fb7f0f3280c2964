import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/site-pages.ts';

const pages = builtPages().filter((path) => /^\/(en|fr|it)\//.test(path) && !path.includes('/404/'));
const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

test('every page names itself as canonical and its other languages with absolute URLs', () => {
	expect(pages.length).toBeGreaterThan(100);
	for (const path of pages) {
		const head = html(path).split('</head>')[0]!;
		const canonical = /<link rel="canonical"[^>]*>/.exec(head)?.[0] ?? '';
		const href = attribute(canonical, 'href') ?? '';
		expect(new URL(href).pathname, path).toBe(path);
		const alternates = head.match(/<link rel="alternate" hreflang[^>]*>/g) ?? [];
		expect(alternates.length, path).toBe(4);
		for (const link of alternates) expect(attribute(link, 'href'), path).toMatch(/^https?:\/\//);
		expect(alternates.some((link) => attribute(link, 'href') === href)).toBe(true);
	}
});

test('robots.txt leads to a sitemap per language, each listing that language’s pages with their alternates', async ({ request }) => {
	const robots = await (await request.get('/robots.txt')).text();
	const index = /Sitemap: (\S+)/.exec(robots)?.[1];
	expect(index).toBeDefined();
	const indexXml = await (await request.get(new URL(index!).pathname)).text();
	const sitemaps = [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	expect(sitemaps).toHaveLength(3);
	for (const sitemap of sitemaps) {
		const xml = await (await request.get(sitemap)).text();
		const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
		const lang = listed[0]!.split('/')[1]!;
		expect(listed.sort()).toEqual(pages.filter((path) => path.startsWith(`/${lang}/`)).sort());
		expect(xml).toContain('<xhtml:link rel="alternate" hreflang=');
	}
});
