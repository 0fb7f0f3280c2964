import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/lib/i18n/locales.ts';
import { islandStrings, quizStrings } from '../../../src/lib/quiz/strings.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('quiz UI strings', () => {
	const keys = Object.keys(quizStrings.en).sort();

	it('have the same keys in every language', () => {
		for (const locale of locales)
			expect(Object.keys(quizStrings[locale]).sort(), locale).toEqual(keys);
	});

	it.each(locales)('%s: no empty string, the same placeholders as English', (locale) => {
		for (const key of keys) {
			const text = quizStrings[locale][key as keyof (typeof quizStrings)['en']];
			expect(text.trim(), `${locale}.${key}`).not.toBe('');
			expect(placeholders(text), `${locale}.${key}`).toEqual(
				placeholders(quizStrings.en[key as 'check']),
			);
		}
	});

	it('are written in each language, not copied from English', () => {
		for (const locale of ['fr', 'it'] as const) {
			const same = keys.filter(
				(key) => quizStrings[locale][key as 'check'] === quizStrings.en[key as 'check'],
			);
			// A few words are the same in both languages ("Quiz", "Question {n}"), not whole sentences.
			expect(
				same.every((key) => quizStrings.en[key as 'check'].split(' ').length <= 2),
				`${locale}: ${same.join(', ')}`,
			).toBe(true);
		}
	});

	it('give the island only its own strings, not the pages’', () => {
		const island = islandStrings(quizStrings.fr);
		expect(Object.keys(island).length).toBeLessThan(keys.length);
		expect(island).not.toHaveProperty('indexTitle');
		expect(island).not.toHaveProperty('moduleHeading');
		expect(island.check).toBe(quizStrings.fr.check);
		// The original is left alone.
		expect(quizStrings.fr.indexTitle).toBeTruthy();
	});
});
