import { z } from 'astro/zod';
import { LocalizedText } from '../i18n/localized.ts';

/** One glossary entry: the term and a plain definition, in every language. */
export const TermSchema = z.strictObject({
	/** Stable anchor id, lowercase with hyphens (`fcr`, `warm-transfer`). */
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	/** The term as readers meet it, with its acronym where the trade uses one. */
	term: LocalizedText,
	/** One to three plain sentences. */
	definition: LocalizedText,
	/** Where a figure or rule in the definition comes from. */
	source: z.url({ protocol: /^https?$/ }).optional(),
});

/** `src/content/glossary.yaml`: the whole glossary, one file, ids unique. */
export const GlossarySchema = z
	.strictObject({
		/** The entries; the page sorts them per language. */
		terms: z.array(TermSchema).min(1),
	})
	.superRefine((glossary, context) => {
		const seen = new Set<string>();
		glossary.terms.forEach((term, index) => {
			if (seen.has(term.id)) {
				context.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `term id "${term.id}" is used twice` });
			}
			seen.add(term.id);
		});
	});

export type Glossary = z.infer<typeof GlossarySchema>;
