import type { CollectionEntry } from 'astro:content';
import { catalogues, type QuizStrings } from '../i18n/catalogue/index.ts';
import { pickLanguage } from '../i18n/localized.ts';
import type { Locale } from '../i18n/locales.ts';
import type { IslandQuiz } from './review.ts';

/** What the quiz island needs, in one language: the same whether it comes as props or as a file. */
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

/** Each language's island strings as JSON, written once per build rather than once per quiz. */
const stringsJson = new Map<Locale, string>();

/**
 * `quizIslandProps()` as JSON, for the quiz's own page and its file (`/<lang>/quiz/<id>.json`).
 * The page hands it to its island as one string: Astro serialises an island's props value by value
 * for the browser, which took 2 s of a thousand-module build's rendering for the 3,000 quiz pages,
 * and the string is also smaller in the page.
 */
export function quizIslandJson(entry: CollectionEntry<'quizzes'>, locale: Locale): string {
	const { quiz } = quizIslandProps(entry, locale);
	let strings = stringsJson.get(locale);
	if (strings === undefined) stringsJson.set(locale, (strings = JSON.stringify(catalogues[locale].quiz)));
	return `{"quiz":${JSON.stringify(quiz)},"strings":${strings},"locale":${JSON.stringify(locale)}}`;
}
