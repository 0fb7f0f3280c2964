/**
 * Sitemaps: one per language, each page with its versions in the other languages
 * (`xhtml:link` alternates, as search engines read them), and an index of the three.
 */
import { locales, type Locale } from '../i18n/locales.ts';
import { languageOf } from '../offline/offline-list.ts';

/** Pages no search engine should list: the not-found page and the root language chooser's own 404. */
const UNLISTED = new Set(['/404.html', '/en/404/', '/fr/404/', '/it/404/']);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap's file for a language. */
export const sitemapFile = (lang: Locale) => `sitemap-${lang}.xml`;
export const SITEMAP_INDEX_FILE = 'sitemap-index.xml';

/** One language's sitemap, from every built page path (`/en/agents/`), with absolute URLs on `site`. */
export function languageSitemap(pages: readonly string[], lang: Locale, site: URL): string {
	const all = new Set(pages);
	const own = pages.filter((path) => languageOf(path) === lang && !UNLISTED.has(path));
	const entries = own.map((path) => {
		const rest = path.slice(lang.length + 2);
		const alternates = locales
			.map((other) => [other, `/${other}/${rest}`] as const)
			.filter(([, otherPath]) => all.has(otherPath))
			.map(([other, otherPath]) => `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(new URL(otherPath, site).href)}"/>`);
		return `<url><loc>${escapeXml(new URL(path, site).href)}</loc>${alternates.join('')}</url>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

/** The index of the languages' sitemaps. */
export function sitemapIndex(site: URL): string {
	const entries = locales.map((lang) => `<sitemap><loc>${escapeXml(new URL(sitemapFile(lang), site).href)}</loc></sitemap>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** robots.txt: everything may be crawled; where the sitemaps are. */
export function robotsTxt(site: URL): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX_FILE, site).href}\n`;
}
