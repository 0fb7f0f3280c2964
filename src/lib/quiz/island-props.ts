import type { CollectionEntry } from 'astro:content';
import { catalogues, type QuizStrings } from '../i18n/catalogue/index.ts';
import { pickLanguage } from '../i18n/localized.ts';
import type { Locale } from '../i18n/locales.ts';
import type { IslandQuiz } from './review.ts';

/** What the quiz island needs, in one language: its file (`/<lang>/quiz/<id>.json`), which a module page and the quiz's own page fetch. */
export interface QuizIslandProps {
	/** The quiz, its words in the page's language only. */
	quiz: IslandQuiz;
	/** The island's strings in that language. */
	strings: QuizStrings;
	/** The page's language. */
	locale: Locale;
}

/** The island's props for `entry` in `locale`: only that language, only what the island reads. */
export function quizIslandProps(entry: CollectionEntry<'quizzes'>, locale: Locale): QuizIslandProps {
	const { id, mode, passMark, questions } = entry.data;
	return { quiz: { id, mode, passMark, questions: pickLanguage(questions, locale) }, strings: catalogues[locale].quiz, locale };
}
