import { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';

/** One language's side of a weak phrase (see `WeakPhrase` in `phrase-lint.ts`). */
const PhraseInLanguage = z.strictObject({
	/** The ways it is written; case, ’ or ' and hyphens between words do not matter. */
	variants: z.array(z.string().trim().min(2).max(80)).min(1),
	/** Why it lands badly: one sentence. */
	why: z.string().trim().min(10).max(240),
	/** What to say instead: one sentence, with an example. */
	instead: z.string().trim().min(10).max(300),
});

/** One weak phrase, with its words in every language. */
export const WeakPhraseSchema = z.strictObject({
	/** Stable id, the same concept in every language (e.g. `calm-down`). */
	id: z.string().regex(/^[a-z0-9-]+$/),
	...(Object.fromEntries(locales.map((locale) => [locale, PhraseInLanguage])) as Record<(typeof locales)[number], typeof PhraseInLanguage>),
});

/** `src/content/weak-phrases.yaml`: the phrase lint's list, every language in each entry. */
export const WeakPhrasesSchema = z.strictObject({
	/** One entry per concept, with its words in every language. */
	phrases: z
		.array(WeakPhraseSchema)
		.min(1)
		.refine((list) => new Set(list.map((entry) => entry.id)).size === list.length, 'phrase ids must be unique'),
});
