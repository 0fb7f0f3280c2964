import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toolPageProblems } from '../../../src/lib/content/tool-files.ts';
import { ToolPageSchema, type ToolPageData } from '../../../src/lib/content/tool-schema.ts';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import { locales, type Locale } from '../../../src/lib/i18n/locales.ts';
import { patterns } from '../../../src/lib/tools/breathing.ts';
import { WEIGHTS } from '../../../src/lib/tools/check-in.ts';
import { PREP_FIELDS } from '../../../src/lib/tools/prep-sheet.ts';
import { toolIds, type ToolId } from '../../../src/lib/tools/registry.ts';

// The real content, checked with the schema the build uses (getCollection is empty in Vitest).
const root = 'src/content/tools';
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));

function read(locale: Locale, tool: ToolId): { data: ToolPageData; body: string } {
	const text = readFileSync(join(root, locale, `${tool}.md`), 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${locale}/${tool}.md: no frontmatter`);
	return { data: ToolPageSchema.parse(parse(match[1] ?? '')), body: match[2] ?? '' };
}

/** Markdown links of a body: `[text](url)`. */
const links = (body: string) =>
	[...body.matchAll(/\[([^\]]+)\]\((\S+?)\)/g)].map(([, text, href]) => ({ text: text ?? '', href: href ?? '' }));
/** The body as read: links reduced to their text. */
const plain = (body: string) =>
	body
		.replace(/\[([^\]]+)\]\(\S+?\)/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
/** Sentences end with . ! ? or … followed by a space and a capital (a closing bracket may come between). */
const sentences = (text: string) => text.split(/(?<=[.!?…])\)?\s+(?=\p{Lu})/u).filter((s) => s.trim() !== '');

const pages = toolIds.flatMap((tool) => locales.map((locale) => [locale, tool] as const));

describe('tool pages (src/content/tools)', () => {
	it('exist for every tool in every language, and nothing else', () => {
		expect(files.length).toBe(toolIds.length * locales.length);
		expect(toolPageProblems(files)).toEqual([]);
	});

	it.each(pages)('%s/%s teaches in 3–6 sentences, each figure linked to one of its sources', (locale, tool) => {
		const { data, body } = read(locale, tool);
		const count = sentences(plain(body)).length;
		expect(count, `${count} sentences`).toBeGreaterThanOrEqual(3);
		expect(count, `${count} sentences`).toBeLessThanOrEqual(6);
		const urls = data.sources.map((source) => source.url);
		expect(links(body).length).toBeGreaterThan(0);
		for (const link of links(body)) expect(urls).toContain(link.href);
		// Every listed source backs something on the page.
		for (const url of urls) expect(links(body).map((link) => link.href)).toContain(url);
	});

	it.each(toolIds)('%s cites the same sources in every language', (tool) => {
		const english = read('en', tool).data.sources.map((source) => source.url);
		for (const locale of locales)
			expect(
				read(locale, tool).data.sources.map((source) => source.url),
				locale,
			).toEqual(english);
	});

	it('cite the Stanford breathing trial and say it did not study agents', () => {
		const reset = plain(read('en', 'reset').body);
		expect(reset).toMatch(/Stanford/);
		expect(reset).toMatch(/did not study call-centre agents/);
		expect(read('en', 'check-in').data.sources.map((source) => source.url)).toContain('https://doi.org/10.5465/amj.2011.0272');
	});

	it.each(['fr', 'it'] as const)('%s pages are written in that language, not copied from English', (locale) => {
		for (const tool of toolIds) {
			const english = read('en', tool);
			const page = read(locale, tool);
			expect(page.data.title, tool).not.toBe(english.data.title);
			expect(page.data.summary, tool).not.toBe(english.data.summary);
			const englishSentences = new Set(sentences(plain(english.body)));
			expect(
				sentences(plain(page.body)).filter((sentence) => englishSentences.has(sentence)),
				tool,
			).toEqual([]);
		}
	});

	it.each(['fr', 'it'] as const)('%s marks every source title that is not in its language', (locale) => {
		for (const tool of toolIds) {
			const english = new Map(read('en', tool).data.sources.map((source) => [source.url, source.title]));
			for (const source of read(locale, tool).data.sources) {
				if (english.get(source.url) === source.title) expect(source.lang, `${tool}: ${source.title}`).toBe('en');
			}
		}
	});

	it('address the reader as vous in French and Lei in Italian, never tu', () => {
		const text = (locale: Locale) =>
			[JSON.stringify(catalogues[locale].tools), ...toolIds.map((tool) => plain(read(locale, tool).body))].join(' ');
		expect(text('fr')).toMatch(/\bvous\b/);
		expect(text('fr')).not.toMatch(/\b(tu|toi|ton|ta|tes)\b/i);
		expect(text('it')).toMatch(/\b(Lei|Le|Sua|Suo|Suoi)\b/);
		expect(text('it')).not.toMatch(/\b(tu|ti|tuo|tua|tuoi)\b/i);
	});
});

describe('tool strings', () => {
	it.each(locales)('%s covers every form field, breathing phase and weight', (locale) => {
		const s = catalogues[locale].tools;
		expect(Object.keys(s.prepSheet.labels).sort()).toEqual([...PREP_FIELDS].sort());
		expect(Object.keys(s.prepSheet.hints).sort()).toEqual([...PREP_FIELDS].sort());
		expect(Object.keys(s.reset.patterns).sort()).toEqual(Object.keys(patterns).sort());
		const kinds = new Set(Object.values(patterns).flatMap((pattern) => pattern.cycle.map((phase) => phase.kind)));
		expect(Object.keys(s.reset.phases).sort()).toEqual([...kinds].sort());
		expect(Object.keys(s.checkIn.weights).map(Number)).toEqual([...WEIGHTS]);
	});
});

describe('toolPageProblems', () => {
	const all = toolIds.flatMap((tool) => locales.map((locale) => `${locale}/${tool}.md`));

	it('names each missing file', () => {
		expect(toolPageProblems(all.filter((file) => file !== 'it/reset.md'))).toEqual([
			'src/content/tools/it/reset.md: missing (every tool needs its page in every language).',
		]);
	});

	it('names a file for an unknown tool or language', () => {
		const problems = toolPageProblems([...all, 'de/reset.md', 'en/juggling']);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^src\/content\/tools\/de\/reset\.md: /);
		expect(problems[1]).toMatch(/^src\/content\/tools\/en\/juggling\.md: /);
	});
});
