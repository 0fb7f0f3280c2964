import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	factDatesReport,
	frontmatterSources,
	glossarySources,
	groupByFile,
	isRuleSource,
	monthsBefore,
	rightsSources,
	staleSources,
	undatedRuleSources,
	undatedSources,
	type FactSource,
} from '../../../src/lib/content/fact-dates.ts';
import { SourceSchema } from '../../../src/lib/content/module-schema.ts';
import { citedSources } from '../../../src/lib/content/sources.ts';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import { fill, formatDate } from '../../../src/lib/i18n/format.ts';
import { locales } from '../../../src/lib/i18n/locales.ts';

const source = (file: string, url: string, checked?: string): FactSource => ({ file, title: url, url, ...(checked ? { checked } : {}) });

describe('monthsBefore', () => {
	it('goes back whole calendar months, across years, clamping to the month’s last day', () => {
		expect(monthsBefore('2026-12-03', 12)).toBe('2025-12-03');
		expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
		expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
		expect(monthsBefore('2027-01-15', 13)).toBe('2025-12-15');
	});

	it('refuses a day that is not YYYY-MM-DD', () => {
		expect(() => monthsBefore('3 December 2026', 12)).toThrow(/YYYY-MM-DD/);
	});
});

describe('staleSources', () => {
	const entries = [
		source('b.mdx', 'https://fresh.example/', '2026-06-01'),
		source('a.mdx', 'https://old.example/', '2024-05-01'),
		source('a.mdx', 'https://undated.example/'),
		source('b.mdx', 'https://edge.example/', '2025-12-03'),
		source('c.mdx', 'https://day-over.example/', '2025-12-02'),
	];

	it('lists sources last checked more than 12 months ago, oldest first; exactly 12 months is still fresh', () => {
		expect(staleSources(entries, '2026-12-03').map((entry) => entry.url)).toEqual(['https://old.example/', 'https://day-over.example/']);
	});

	it('leaves undated sources to undatedSources', () => {
		expect(undatedSources(entries).map((entry) => entry.url)).toEqual(['https://undated.example/']);
	});

	it('lists nothing when every date is recent', () => {
		expect(staleSources([source('a.mdx', 'https://x.example/', '2026-12-03')], '2026-12-03')).toEqual([]);
	});
});

describe('groupByFile', () => {
	it('groups by file in path order, keeping each file’s order', () => {
		const grouped = groupByFile([source('b', 'https://1/'), source('a', 'https://2/'), source('b', 'https://3/')]);
		expect(grouped.map(([file, list]) => [file, list.map((entry) => entry.url)])).toEqual([
			['a', ['https://2/']],
			['b', ['https://1/', 'https://3/']],
		]);
	});
});

describe('reading the content files', () => {
	it('takes a module’s sources from its frontmatter, with their dates', () => {
		const text = [
			'---',
			'title: "A module"',
			'sources:',
			'  - title: "Ofcom – a rule"',
			'    url: "https://www.ofcom.org.uk/rule"',
			'    checked: 2026-12-03',
			'  - title: "A study"',
			'    url: "https://study.example/"',
			'---',
			'',
			'Body with a --- line',
			'---',
		].join('\n');
		expect(frontmatterSources('m.mdx', text)).toEqual([
			{ file: 'm.mdx', title: 'Ofcom – a rule', url: 'https://www.ofcom.org.uk/rule', checked: '2026-12-03' },
			{ file: 'm.mdx', title: 'A study', url: 'https://study.example/' },
		]);
	});

	it('finds nothing in a file without frontmatter or sources', () => {
		expect(frontmatterSources('m.md', 'Just text')).toEqual([]);
		expect(frontmatterSources('m.md', '---\ntitle: x\n---\n')).toEqual([]);
	});

	it('takes the glossary’s bare-URL sources (undated) and dated ones, naming the term', () => {
		const text = [
			'terms:',
			'  - id: fcr',
			'    source: "https://sqm.example/"',
			'  - id: tps',
			'    source: { url: "https://ico.example/tps", checked: "2026-12-03" }',
			'  - id: hold',
		].join('\n');
		expect(glossarySources('g.yaml', text)).toEqual([
			{ file: 'g.yaml', title: 'term "fcr"', url: 'https://sqm.example/' },
			{ file: 'g.yaml', title: 'term "tps"', url: 'https://ico.example/tps', checked: '2026-12-03' },
		]);
	});
});

describe('factDatesReport', () => {
	it('prints counts, then stale and undated sources grouped by file', () => {
		const lines = factDatesReport(
			[
				source('src/a.mdx', 'https://old.example/', '2024-01-10'),
				source('src/a.mdx', 'https://new.example/', '2026-11-30'),
				source('src/b.mdx', 'https://none.example/'),
			],
			'2026-12-03',
		);
		expect(lines[0]).toBe('Fact dates on 2026-12-03: 3 sources cited in 2 files; 2 dated, 1 stale, 1 undated.');
		expect(lines).toContain('Stale (re-check these): 1 source in 1 file');
		expect(lines).toContain('  src/a.mdx (1)');
		expect(lines).toContain('    - 2024-01-10  https://old.example/ <https://old.example/>');
		expect(lines).toContain('  src/b.mdx (1)');
		expect(lines.join('\n')).not.toContain('https://new.example/');
	});
});

describe('the sources lists', () => {
	it('keep the latest date any page gives a URL', () => {
		const [cited] = citedSources(
			[
				{ title: 'A', href: '/en/a/', sources: [{ title: 'Law', url: 'https://law.example/', checked: '2026-01-05' }] },
				{ title: 'B', href: '/en/b/', sources: [{ title: 'Law', url: 'https://law.example/', checked: '2026-12-03' }] },
				{ title: 'C', href: '/en/c/', sources: [{ title: 'Law', url: 'https://law.example/' }] },
			],
			'en',
		);
		expect(cited?.checked).toBe('2026-12-03');
		const [undated] = citedSources([{ title: 'A', href: '/en/a/', sources: [{ title: 'Study', url: 'https://s.example/' }] }], 'en');
		expect(undated?.checked).toBeUndefined();
	});

	it.each(locales)('%s: say when a source was checked, in the language’s own date format', (locale) => {
		const text = fill(catalogues[locale].sources.checked, { date: formatDate(locale, '2026-12-03') });
		expect(text).toMatch(
			{ en: /^\(checked on 3 December 2026\)$/, fr: /^\(vérifiée le 3 décembre 2026\)$/, it: /^\(verificata il 3 dicembre 2026\)$/ }[
				locale
			],
		);
	});

	it('accept a checked date only as a real YYYY-MM-DD day', () => {
		const base = { title: 'Law', url: 'https://law.example/' };
		expect(SourceSchema.safeParse({ ...base, checked: '2026-12-03' }).success).toBe(true);
		expect(SourceSchema.safeParse({ ...base, checked: '03/12/2026' }).success).toBe(false);
		expect(SourceSchema.safeParse({ ...base, checked: '2026-02-30' }).success).toBe(false);
	});

	it('accept an unquoted date, which frontmatter YAML hands over as a Date, as its calendar day', () => {
		const base = { title: 'Law', url: 'https://law.example/' };
		expect(SourceSchema.parse({ ...base, checked: new Date('2026-12-03T00:00:00Z') }).checked).toBe('2026-12-03');
		expect(SourceSchema.safeParse({ ...base, checked: new Date('not a day') }).success).toBe(false);
	});
});

describe('npm run facts', () => {
	it('is wired in package.json and reports on the real content with exit code 0', () => {
		const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
		expect(scripts.facts).toBe('node scripts/check-fact-dates.ts');
		// execFileSync throws on a non-zero exit code.
		const out = execFileSync(process.execPath, ['scripts/check-fact-dates.ts', '--today=2026-12-03'], { encoding: 'utf8' });
		expect(out).toMatch(/^Fact dates on 2026-12-03: \d+ sources cited in \d+ files/);
		expect(out).toContain('src/content/modules/en/');
		expect(out).toContain('src/content/glossary.yaml');
	});
});

describe('rule sources', () => {
	it('are the law and regulator sites, subdomains included, and nothing that merely contains their name', () => {
		expect(isRuleSource('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285')).toBe(true);
		expect(isRuleSource('https://www.ofcom.org.uk/phones-and-broadband')).toBe(true);
		expect(isRuleSource('https://crtc.gc.ca/eng/trules-reglest.htm')).toBe(true);
		expect(isRuleSource('https://legifrance.gouv.fr.example.com/')).toBe(false);
		expect(isRuleSource('https://punto-informatico.it/agcom')).toBe(false);
		expect(isRuleSource('not a url')).toBe(false);
	});

	it('must be dated: the report lists undated ones in their own section', () => {
		const entries = [
			source('src/a.mdx', 'https://www.agcom.it/x'),
			source('src/a.mdx', 'https://study.example/'),
			source('src/b.mdx', 'https://ico.org.uk/', '2026-12-01'),
		];
		expect(undatedRuleSources(entries).map((entry) => entry.url)).toEqual(['https://www.agcom.it/x']);
		expect(factDatesReport(entries, '2026-12-03')).toContain(
			'Rules with no date (law and regulator sites: verify, then add `checked: YYYY-MM-DD`): 1 source in 1 file',
		);
	});

	it('include each rights finder answer, dated as a whole, and its sources', () => {
		const text = [
			'id: uk',
			'answers:',
			'  - topic: complain',
			'    checked: "2026-12-03"',
			'    sources:',
			'      - title: Ofcom',
			'        url: https://www.ofcom.org.uk/',
			'        checked: 2025-01-02',
		].join('\n');
		expect(rightsSources('src/content/rights/uk.yaml', text)).toEqual([
			{ file: 'src/content/rights/uk.yaml', title: 'answer "complain"', url: '/rights/uk/#uk-complain', checked: '2026-12-03' },
			{ file: 'src/content/rights/uk.yaml', title: 'Ofcom', url: 'https://www.ofcom.org.uk/', checked: '2025-01-02' },
		]);
	});
});

describe('the shipped content', () => {
	const files = (dir: string, pattern: RegExp) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.map((file) => `${dir}/${file.split('\\').join('/')}`)
			.filter((file) => pattern.test(file));

	it('dates every rule it cites: each law or regulator source of a module, tool page or rights answer', () => {
		const entries = [
			...files('src/content/modules', /\.mdx$/).flatMap((file) => frontmatterSources(file, readFileSync(file, 'utf8'))),
			...files('src/content/tools', /\.md$/).flatMap((file) => frontmatterSources(file, readFileSync(file, 'utf8'))),
			...files('src/content/rights', /\.yaml$/).flatMap((file) => rightsSources(file, readFileSync(file, 'utf8'))),
		];
		expect(entries.filter((entry) => isRuleSource(entry.url)).length).toBeGreaterThan(100);
		expect(undatedRuleSources(entries).map((entry) => `${entry.file}: ${entry.url}`)).toEqual([]);
	});
});
