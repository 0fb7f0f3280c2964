import { describe, expect, it } from 'vitest';
import { citedSources, titleLang, type CitingPage } from '../../src/lib/content/sources.ts';

const page = (href: string, title: string, sources: CitingPage['sources']): CitingPage => ({ href, title, sources });

describe('citedSources', () => {
	it('lists each URL once, with every page citing it (modules and tools), sorted by title', () => {
		const list = citedSources(
			[
				page('/en/agents/a/', 'Module A', [
					{ title: 'Zeta study', url: 'https://z.org/' },
					{ title: 'Alpha law', url: 'https://a.org/' },
				]),
				page('/en/agents/b/', 'Module B', [{ title: 'Zeta study (again)', url: 'https://z.org/' }]),
				page('/en/tools/reset/', 'A tool', [{ title: 'Zeta study', url: 'https://z.org/' }]),
			],
			'en',
		);
		expect(list.map((s) => s.title)).toEqual(['Alpha law', 'Zeta study']);
		expect(list[1]?.citedBy.map((m) => m.title)).toEqual(['Module A', 'Module B', 'A tool']);
	});

	it('keeps the language of the title it lists', () => {
		const [source] = citedSources([page('/fr/outils/', 'Outil', [{ title: 'A study', url: 'https://s.org/', lang: 'en' }])], 'fr');
		expect(source?.lang).toBe('en');
	});
});

describe('titleLang', () => {
	it('marks a title only where its language differs from the page’s', () => {
		expect(titleLang({ title: 'A study', url: 'https://s.org/', lang: 'en' }, 'fr')).toBe('en');
		expect(titleLang({ title: 'A study', url: 'https://s.org/', lang: 'en' }, 'en')).toBeUndefined();
		expect(titleLang({ title: 'Une étude', url: 'https://s.org/' }, 'fr')).toBeUndefined();
	});
});
