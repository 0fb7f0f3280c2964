import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

/** Everything a quiz shows a person in one language: the island's strings and its page's. */
export function quizStrings(locale: Locale) {
	return { ...catalogues[locale].quiz, ...catalogues[locale].quizPage };
}
