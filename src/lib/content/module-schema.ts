import { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';
import { calendarDay } from './calendar-day.ts';
import { tracks } from './tracks.ts';

/** A checked-on day, YYYY-MM-DD, quoted in the YAML or not (`calendarDay`). */
export const CheckedDate = z.preprocess(calendarDay, z.iso.date());

/** A reference a module or a tool page cites. Every figure or rule in a module's body comes from one of these. */
export const SourceSchema = z.object({
	/** What the reader sees: publisher and title, e.g. "Ofcom – persistent misuse policy". */
	title: z.string().min(3),
	/** Where to read it; absolute http(s) URL. */
	url: z.url({ protocol: /^https?$/ }),
	/**
	 * The language of `title` when it is not the language of the file citing it (an English paper
	 * cited on a French page: `lang: en`). Pages put it on the title's element, so screen readers
	 * pronounce it right (WCAG 3.1.2). Leave it out when the title is in the page's language.
	 */
	lang: z.enum(locales).optional(),
	/**
	 * When someone last checked that the source still says what the page says it does
	 * (YYYY-MM-DD). Rules a caller or agent acts on (laws, regulators' rules, fees) must carry one;
	 * the sources page shows it, and a report lists those older than 12 months.
	 */
	checked: CheckedDate.optional(),
});

/** Something to do after reading: a role-play, a quiz or a tool, by its id. */
export const PracticeSchema = z.object({
	/** Which kind of practice item the id points to. */
	kind: z.enum(['roleplay', 'quiz', 'tool']),
	/** The item's id in its own collection (e.g. a scenario id). */
	id: z.string().regex(/^[a-z0-9-]+$/),
});

/**
 * Frontmatter of a module: `src/content/modules/<lang>/<track>/<slug>.mdx`.
 * The same slug exists once per language; `scripts`/integrations check the parity.
 */
export const ModuleSchema = z.object({
	/** Page title, in the file's language. */
	title: z.string().min(3).max(90),
	/** One sentence shown in track lists and search results; at most 160 characters. */
	summary: z.string().min(10).max(160),
	/** The track the module belongs to; must match the folder it sits in. */
	track: z.enum(tracks),
	/** Position within the track, from 1; orders the track list and previous/next links. */
	order: z.int().min(1),
	/** Reading time in whole minutes (about 200 words a minute). */
	minutes: z.int().min(1).max(60),
	/** What the learner will be able to do: 2 to 5 items, each starting with a verb. */
	objectives: z.array(z.string().min(5)).min(2).max(5),
	/** What to remember: 2 to 5 short items. */
	takeaways: z.array(z.string().min(5)).min(2).max(5),
	/** At least one source; facts and figures in the body must come from these. */
	sources: z.array(SourceSchema).min(1),
	/** Optional practice items (role-plays, quizzes, tools) that go with the module. */
	practice: z.array(PracticeSchema).default([]),
});

export type ModuleData = z.infer<typeof ModuleSchema>;
