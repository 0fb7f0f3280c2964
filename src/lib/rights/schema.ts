import { z } from 'astro/zod';
import { LocalizedText } from '../i18n/localized.ts';
import { CheckedDate } from '../content/module-schema.ts';
import { locales } from '../i18n/locales.ts';
import { rightsCountries, rightsTopics } from './ids.ts';

export { rightsCountries, rightsTopics, type RightsCountry, type RightsTopic } from './ids.ts';

/** A primary source for an answer: a law, a regulator's or an official body's page. */
export const RightsSourceSchema = z.strictObject({
	/** Publisher and title as the source writes them, e.g. "Légifrance – Code de la consommation, art. L223-1". */
	title: z.string().min(3),
	/** Where to read it; absolute http(s) URL. */
	url: z.url({ protocol: /^https?$/ }),
	/** The language `title` is written in; pages mark it when it differs from theirs (WCAG 3.1.2). */
	lang: z.enum(locales),
	/** When someone last checked that the source still says what the answer says (YYYY-MM-DD). */
	checked: CheckedDate,
});

/** Someone the caller can turn to: a regulator, an ombudsman, a register, the company's own service. */
export const RightsContactSchema = z.strictObject({
	/** The body's official name, untranslated (e.g. "Telephone Preference Service", "Corecom"). */
	name: z.string().min(2).max(120),
	/** What this body does for the caller, in a few words per language (e.g. "takes complaints about cold calls"). */
	role: LocalizedText,
	/** The body's official site or the page where the caller acts; absolute https URL. */
	url: z.url({ protocol: /^https$/ }),
});

/** One thing to do, in order; a complaint ladder is a list of these. */
export const RightsStepSchema = z.strictObject({
	/** What to do, as an instruction ("Write to the operator's complaints service…"). */
	text: LocalizedText,
	/** The time limit or waiting time attached to this step, if the law or the body sets one. */
	deadline: LocalizedText.optional(),
});

/** A part of the country where the answer differs (Quebec in Canada, a canton, a nation of the UK). */
export const RightsRegionalNoteSchema = z.strictObject({
	/** The region's name per language. */
	region: LocalizedText,
	/** What is different there, in plain words. */
	text: LocalizedText,
});

/** The answer to one question for one country. */
export const RightsAnswerSchema = z.strictObject({
	/** Which question this answers. */
	topic: z.enum(rightsTopics),
	/** The rule in plain words: one to three sentences a caller can act on, no legal jargon. */
	rule: LocalizedText,
	/** What to do, in order (1 to 6 steps). */
	steps: z.array(RightsStepSchema).min(1).max(6),
	/** Words the caller can say or write, when that helps (e.g. a sentence for the agent). */
	say: LocalizedText.optional(),
	/** Who to contact, with the official URL; at least one. */
	contacts: z.array(RightsContactSchema).min(1).max(5),
	/** The legal references, as officially cited (e.g. "Code de la consommation, art. L223-1"). */
	legal: z.array(z.string().min(3)).min(1),
	/** Where a region of the country has its own rule. */
	regional: z.array(RightsRegionalNoteSchema).default([]),
	/** Primary sources for everything the answer says; at least one, each with its checked date. */
	sources: z.array(RightsSourceSchema).min(1),
	/** When the whole answer was last checked against its sources (YYYY-MM-DD). */
	checked: CheckedDate,
});

/**
 * A country's answers: `src/content/rights/<country>.yaml`, every language in one file, exactly
 * one answer per question in `rightsTopics`, handed to pages in that order.
 */
export const RightsCountrySchema = z
	.strictObject({
		/** Same as the file name; one of `rightsCountries`. */
		id: z.enum(rightsCountries),
		/** The country's name per language. */
		name: LocalizedText,
		/** One answer per topic. */
		answers: z.array(RightsAnswerSchema),
	})
	.superRefine((country, context) => {
		for (const topic of rightsTopics) {
			const count = country.answers.filter((answer) => answer.topic === topic).length;
			if (count !== 1) {
				context.addIssue({
					code: 'custom',
					path: ['answers'],
					message: `needs exactly one answer with topic "${topic}" (found ${count})`,
				});
			}
		}
	})
	// Exactly one answer per question (checked above), kept in the finder's order: pages list them
	// as they come.
	.transform((country) => ({
		...country,
		answers: rightsTopics.map((topic) => country.answers.find((answer) => answer.topic === topic)!),
	}));

export type RightsCountryData = z.infer<typeof RightsCountrySchema>;
export type RightsAnswer = z.infer<typeof RightsAnswerSchema>;
