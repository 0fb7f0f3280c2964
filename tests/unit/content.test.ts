import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findMissingTranslations } from '../../src/lib/content/module-files';
import { ModuleSchema } from '../../src/lib/content/module-schema';

// The real content, checked with the same schema the build uses (getCollection is empty in Vitest).
const root = 'src/content/modules';
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

function split(file: string) {
	const text = readFileSync(join(root, file), 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter`);
	return { frontmatter: parse(match[1] ?? '') as unknown, body: match[2] ?? '' };
}

describe('modules', () => {
	it('exist in every language', () => {
		expect(files.length).toBeGreaterThan(0);
		expect(findMissingTranslations(files)).toEqual([]);
	});

	it('make a curriculum of at least 40 modules per language, the same set in each', () => {
		const perLanguage = (lang: string) =>
			files
				.filter((file) => file.startsWith(`${lang}/`))
				.map((file) => file.slice(lang.length + 1))
				.sort();
		expect(perLanguage('en').length).toBeGreaterThanOrEqual(40);
		expect(perLanguage('fr')).toEqual(perLanguage('en'));
		expect(perLanguage('it')).toEqual(perLanguage('en'));
	});

	it.each(files)('%s matches the schema and its folder', (file) => {
		const result = ModuleSchema.safeParse(split(file).frontmatter);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.data?.track).toBe(file.split('/')[1]);
	});

	it.each(files)('%s states a reading time within ±50% of 200 words a minute', (file) => {
		const { frontmatter, body } = split(file);
		const words = body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
		const minutes = (frontmatter as { minutes: number }).minutes;
		const expected = words / 200;
		expect(minutes, `${words} words`).toBeGreaterThanOrEqual(expected * 0.5);
		expect(minutes, `${words} words`).toBeLessThanOrEqual(expected * 1.5);
	});

	// The body is Markdown plus the module components (README, "adding a module"), written as
	// plain tags with string attributes: no other tag, no expression.
	const componentTag =
		/<\/?(?:Dialogue|Line|Rule|Check|Option|SayItBetter|Model|Point)(?:\s+(?:(?:title|who|name|country|id|prompt|feedback|weak)="[^"{}<>]*"|correct|multiple))*\s*>/g;
	it.each(files)('%s keeps MDX-breaking characters out of the body, the module components apart', (file) => {
		expect(split(file).body.replace(componentTag, '')).not.toMatch(/[{}<]/);
	});

	it('use the same order within a track in every language', () => {
		const orders = new Map<string, Set<number>>();
		for (const file of files) {
			const [, track, slug] = file.replace(/\.mdx$/, '').split('/');
			const key = `${track}/${slug}`;
			const set = orders.get(key) ?? new Set<number>();
			set.add((split(file).frontmatter as { order: number }).order);
			orders.set(key, set);
		}
		for (const [key, set] of orders) expect(set.size, key).toBe(1);
	});

	// WCAG 3.1.2: a source title in another language than the page's says which (`lang`).
	it('mark a source title copied from the English module with its language, and never mark a page’s own language', () => {
		type Sources = { sources: { title: string; url: string; lang?: string }[] };
		const unmarked: string[] = [];
		for (const file of files) {
			const [locale, ...rest] = file.split('/');
			const sources = (split(file).frontmatter as Sources).sources;
			for (const source of sources) expect(source.lang, `${file}: ${source.title}`).not.toBe(locale);
			if (locale === 'en') continue;
			// A title kept as the English module has it is in that module's title language (English unless marked).
			const english = new Map(
				(split(['en', ...rest].join('/')).frontmatter as Sources).sources.map((source) => [source.title, source.lang ?? 'en']),
			);
			for (const source of sources) {
				const language = english.get(source.title);
				if (language && language !== locale && source.lang !== language) unmarked.push(`${file}: ${source.title}`);
			}
		}
		expect(unmarked).toEqual([]);
	});
});
