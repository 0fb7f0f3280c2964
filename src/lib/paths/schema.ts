import { z } from 'astro/zod';
import { LocalizedText } from '../i18n/localized.ts';
import { ITEM_KEY } from '../assignment/items.ts';

/**
 * A learning path: `src/content/paths/<id>.yaml`, an ordered list of modules, quizzes and
 * role-plays (item keys as in assignment links: `m:<track>/<slug>`, `q:<id>`, `r:<id>`).
 */
export const PathSchema = z.strictObject({
	/** Same as the file name. */
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	/** Title. */
	title: LocalizedText,
	/** One or two sentences: who it is for and what they get. */
	summary: LocalizedText,
	/** The track it belongs to (for search filters and the track pages). */
	track: z.enum(['agents', 'wellbeing', 'callers', 'trainers']),
	/** Items in the order to do them; each must exist (checked when the site builds). */
	items: z
		.array(z.string().regex(ITEM_KEY, 'an item key: m:<track>/<slug>, q:<quiz id> or r:<scenario id>'))
		.min(2)
		.refine((items) => new Set(items).size === items.length, 'an item appears twice'),
});

export type LearningPath = z.infer<typeof PathSchema>;
