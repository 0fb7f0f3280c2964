import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../src/lib/i18n/locales';
import { localizePath, switchLocalePath } from '../../../src/lib/i18n/paths';

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
