import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/lib/i18n/locales.ts';
import { patterns } from '../../../src/lib/tools/breathing.ts';
import { WEIGHTS } from '../../../src/lib/tools/check-in.ts';
import { PREP_FIELDS } from '../../../src/lib/tools/prep-sheet.ts';
import { toolIds, toolStrings, type Rich } from '../../../src/lib/tools/strings.ts';

/** Every string leaf with its dotted path, intros flattened to their parts. */
function leaves(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}.${i}`));
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
	}
	throw new Error(`${path}: not text`);
}
/** Key paths, with intro paragraphs left out: their number of parts may differ between languages. */
const shape = (value: unknown) =>
	leaves(value)
		.map(([path]) => path)
		.filter((path) => !path.includes('.intro.'))
		.sort();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const plain = (paragraph: Rich[]) => paragraph.map((part) => (typeof part === 'string' ? part : part.text)).join('');
const links = (paragraphs: Rich[][]) => paragraphs.flat().filter((part): part is { text: string; href: string } => typeof part !== 'string');
/** Sentences end with . ! ? or … followed by a space or the end (a closing bracket may come between). */
const sentences = (text: string) => text.split(/(?<=[.!?…])\)?\s+(?=\p{Lu})/u).filter((s) => s.trim() !== '');

describe('tool strings', () => {
	const en = toolStrings.en;

	it('have the same keys in every language', () => {
		for (const locale of locales) expect(shape(toolStrings[locale]), locale).toEqual(shape(en));
	});

	it('cover every tool, form field and breathing phase', () => {
		for (const locale of locales) {
			const s = toolStrings[locale];
			expect(Object.keys(s.pages).sort(), locale).toEqual([...toolIds].sort());
			expect(Object.keys(s.prepSheet.labels).sort(), locale).toEqual([...PREP_FIELDS].sort());
			expect(Object.keys(s.prepSheet.hints).sort(), locale).toEqual([...PREP_FIELDS].sort());
			expect(Object.keys(s.reset.patterns).sort(), locale).toEqual(Object.keys(patterns).sort());
			const kinds = new Set(Object.values(patterns).flatMap((p) => p.cycle.map((phase) => phase.kind)));
			expect(Object.keys(s.reset.phases).sort(), locale).toEqual([...kinds].sort());
			expect(s.checkIn.weightWords.split('|'), locale).toHaveLength(WEIGHTS.length);
		}
	});

	it.each(locales)('%s: no empty string, the same placeholders as English', (locale) => {
		const english = new Map(leaves(en));
		for (const [path, text] of leaves(toolStrings[locale])) {
			expect(text.trim(), `${locale}.${path}`).not.toBe('');
			if (!path.includes('.intro.')) expect(placeholders(text), `${locale}.${path}`).toEqual(placeholders(english.get(path)!));
		}
	});

	it.each(locales)('%s: each tool page teaches in 3–6 sentences and links the sources of its facts', (locale) => {
		for (const id of toolIds) {
			const page = toolStrings[locale].pages[id];
			const count = page.intro.map(plain).flatMap(sentences).length;
			expect(count, `${locale} ${id}: ${count} sentences`).toBeGreaterThanOrEqual(3);
			expect(count, `${locale} ${id}: ${count} sentences`).toBeLessThanOrEqual(6);
			const sources = links(page.intro);
			expect(sources.length, `${locale} ${id}`).toBeGreaterThan(0);
			for (const link of sources) expect(link.href).toMatch(/^https?:\/\/[^\s]+$/);
			// The same sources in every language: a translation must not drop or swap a citation.
			expect(sources.map((l) => l.href)).toEqual(links(en.pages[id].intro).map((l) => l.href));
		}
	});

	it('cite the Stanford breathing trial and say it did not study agents', () => {
		const reset = toolStrings.en.pages.reset.intro.map(plain).join(' ');
		expect(reset).toMatch(/Stanford/);
		expect(reset).toMatch(/did not study call-centre agents/);
		expect(links(toolStrings.en.pages['check-in'].intro).map((l) => l.href)).toContain('https://doi.org/10.5465/amj.2011.0272');
	});

	it('are written in each language, not copied from English', () => {
		const english = new Map(leaves(en));
		for (const locale of ['fr', 'it'] as const) {
			const same = leaves(toolStrings[locale]).filter(([path, text]) => english.get(path) === text && text.split(' ').length > 2);
			expect(same.map(([path]) => path), locale).toEqual([]);
		}
	});

	it('address the reader as vous in French and Lei in Italian, never tu', () => {
		const fr = leaves(toolStrings.fr).map(([, text]) => text).join(' ');
		const it = leaves(toolStrings.it).map(([, text]) => text).join(' ');
		expect(fr).toMatch(/\bvous\b/);
		expect(fr).not.toMatch(/\b(tu|toi|ton|ta|tes)\b/i);
		expect(it).toMatch(/\b(Lei|Le|Sua|Suo|Suoi)\b/);
		expect(it).not.toMatch(/\b(tu|ti|tuo|tua|tuoi)\b/i);
	});
});
