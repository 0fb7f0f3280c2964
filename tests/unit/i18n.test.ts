import { describe, expect, it } from 'vitest';
import { locales, pickLocale } from '../../src/lib/i18n/locales';
import { localizePath, switchLocalePath } from '../../src/lib/i18n/paths';
import { dictionaries, useTranslations } from '../../src/lib/i18n/translate';

describe('UI dictionaries', () => {
	const referenceKeys = Object.keys(dictionaries.en).sort();

	it.each(locales)('%s defines every key, and only those', (locale) => {
		expect(Object.keys(dictionaries[locale]).sort()).toEqual(referenceKeys);
	});

	it.each(locales)('%s has no empty string', (locale) => {
		const empty = Object.entries(dictionaries[locale]).filter(([, value]) => value.trim() === '');
		expect(empty).toEqual([]);
	});

	it.each(locales)('%s keeps the placeholders of the English string', (locale) => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, english] of Object.entries(dictionaries.en)) {
			const translated = dictionaries[locale][key as keyof typeof dictionaries.en];
			expect(placeholders(translated), key).toEqual(placeholders(english));
		}
	});

	it('fills placeholders', () => {
		expect(useTranslations('fr')('module.minutesLong', { minutes: 5 })).toBe('5 minutes de lecture');
	});
});

describe('pickLocale', () => {
	it('takes the first supported language by primary subtag', () => {
		expect(pickLocale(['de-DE', 'fr-CA', 'en'])).toBe('fr');
		expect(pickLocale(['IT-ch'])).toBe('it');
	});
	it('falls back to English', () => {
		expect(pickLocale(['de', 'es'])).toBe('en');
		expect(pickLocale([])).toBe('en');
	});
});

describe('paths', () => {
	it('prefixes the language', () => {
		expect(localizePath('it')).toBe('/it/');
		expect(localizePath('fr', '/agents/')).toBe('/fr/agents/');
	});
	it('keeps the page when switching language', () => {
		expect(switchLocalePath('/en/agents/hold-done-right/', 'fr')).toBe('/fr/agents/hold-done-right/');
		expect(switchLocalePath('/fr/', 'it')).toBe('/it/');
	});
	it('sends a path without a language to the home page', () => {
		expect(switchLocalePath('/', 'it')).toBe('/it/');
		expect(switchLocalePath('/xx/agents/', 'en')).toBe('/en/');
	});
});
