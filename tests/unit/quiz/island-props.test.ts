import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/lib/i18n/locales.ts';
import { readQuizIslandJson } from '../../../src/lib/quiz/island-json.ts';
import { quizIslandJson, quizIslandProps } from '../../../src/lib/quiz/island-props.ts';
import { validQuiz } from './load.ts';

describe('the quiz page island’s props as one string', () => {
	it('reads back, in every language, as the props the module page fetches', () => {
		const entry = { id: 'valid', collection: 'quizzes', data: validQuiz() } as unknown as CollectionEntry<'quizzes'>;
		for (const locale of locales) {
			const json = quizIslandJson(entry, locale);
			expect(readQuizIslandJson(json)).toEqual(quizIslandProps(entry, locale));
			// Twice, as the 3,000 pages of a large course do: the language's strings are written once and reused.
			expect(quizIslandJson(entry, locale)).toBe(json);
		}
		expect(readQuizIslandJson(quizIslandJson(entry, 'fr')).strings).not.toEqual(readQuizIslandJson(quizIslandJson(entry, 'en')).strings);
	});
});
