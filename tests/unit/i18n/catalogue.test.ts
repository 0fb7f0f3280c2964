import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import { locales, type Locale } from '../../../src/lib/i18n/locales.ts';
import { fill } from '../../../src/lib/i18n/format.ts';
import { useTranslations } from '../../../src/lib/i18n/translate.ts';

/** Every string of a catalogue with its dotted path. */
function leaves(node: unknown, path = ''): [string, string][] {
	if (typeof node === 'string') return [[path, node]];
	if (node && typeof node === 'object') {
		return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
	}
	throw new Error(`${path}: not a string`);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** A string as a reader sees it: placeholders filled with ordinary words and numbers. */
const rendered = (text: string) =>
	fill(text, Object.fromEntries(placeholders(text).map((name) => [name, name === 'count' ? 3 : 'Valeur'])));

const english = new Map(leaves(catalogues.en));

describe('the string catalogue', () => {
	it.each(locales)('%s has exactly the English keys', (locale) => {
		expect(
			leaves(catalogues[locale])
				.map(([path]) => path)
				.sort(),
		).toEqual([...english.keys()].sort());
	});

	it.each(locales)('%s has no empty string', (locale) => {
		expect(
			leaves(catalogues[locale])
				.filter(([, text]) => text.trim() === '')
				.map(([path]) => path),
		).toEqual([]);
	});

	it.each(locales)('%s keeps the placeholders of every English string', (locale) => {
		const mismatched = leaves(catalogues[locale])
			.filter(([path, text]) => placeholders(text).join() !== placeholders(english.get(path) ?? '').join())
			.map(([path]) => path);
		expect(mismatched).toEqual([]);
	});

	it.each(locales)('%s: no space before a comma, no "(s)" plural, one apostrophe style (’)', (locale) => {
		const bad = leaves(catalogues[locale])
			.map(([path, text]) => [path, rendered(text)] as const)
			.filter(([, text]) => / ,/.test(text) || /\w\((s|e|i|es|x)\)/.test(text) || /\w'\w/.test(text))
			.map(([path, text]) => `${path}: ${text}`);
		expect(bad).toEqual([]);
	});

	describe('French typography', () => {
		const french = leaves(catalogues.fr).map(([path, text]) => [path, rendered(text)] as const);
		const failing = (test: (text: string) => boolean) => french.filter(([, text]) => test(text)).map(([path, text]) => `${path}: ${text}`);

		it('puts a no-break space before : ; ! ? (never a plain space or none)', () => {
			// A colon between digits is a clock (0:00); "://" is an address.
			expect(failing((text) => /(^|[^\u00a0\u202f\d])[;!?]|(^|[^\u00a0\u202f\d]):(?!\/\/)|\d:(?!\d)/.test(text))).toEqual([]);
		});

		it('writes percentages with a space (81 %), through Intl', () => {
			expect(failing((text) => /\d%/.test(text))).toEqual([]);
		});

		it('uses « » with no-break spaces, not English quotes', () => {
			expect(failing((text) => /[“”"]|«(?![\u00a0\u202f])|[^\u00a0\u202f]»/.test(text))).toEqual([]);
		});
	});
});

describe('useTranslations', () => {
	const locale: Locale = 'fr';
	it('fills placeholders', () => {
		expect(useTranslations(locale)('module.minutesLong', { minutes: 5 })).toBe('5 minutes de lecture');
	});
});
