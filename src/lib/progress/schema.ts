// zod/mini, not astro/zod: this schema runs in the browser on every read, and the mini build
// costs ~6 KB gzip where classic Zod costs several times that.
import * as z from 'zod/mini';

/** An id from our own content (quiz, scenario, module key): short, lowercase, safe to show. */
const ContentId = z.string().check(z.regex(/^[a-z0-9][a-z0-9/-]{0,79}$/));
/** ISO 8601 timestamp, as written by `new Date().toISOString()`. */
const Timestamp = z.iso.datetime();
/** A share between 0 and 1. */
const Share = z.number().check(z.minimum(0), z.maximum(1));
/** A count of attempts or plays. */
const Count = z.int().check(z.minimum(0), z.maximum(100_000));

/** One finished quiz attempt. */
export const QuizResultSchema = z.object({
	/** Score as a share of the maximum, 0–1. */
	score: Share,
	/** Whether the score reached the quiz's pass mark. */
	passed: z.boolean(),
	/** When the attempt was finished. */
	date: Timestamp,
});

/** A quiz the learner has started or finished. */
export const QuizProgressSchema = z.object({
	/** The best finished attempt (highest score, earliest on a tie). */
	best: z.optional(QuizResultSchema),
	/** The most recent finished attempt. */
	last: z.optional(QuizResultSchema),
	/** How many attempts were finished. */
	attempts: Count,
	/**
	 * The attempt in progress, so a reload shows the same shuffled order and the answers given.
	 * `answers` belongs to the quiz code, which validates it again before use.
	 */
	current: z.optional(
		z.object({
			/** Seed of the attempt's shuffle. */
			seed: z.int().check(z.minimum(0), z.maximum(2 ** 32 - 1)),
			/** Answers so far, by question id. */
			answers: z.record(z.string().check(z.maxLength(80)), z.unknown()),
		}),
	),
});

/** One finished role-play call. */
export const RoleplayResultSchema = z.object({
	/** Share of the best reachable score per dimension, 0–1. */
	shares: z.record(z.string().check(z.maxLength(30)), Share),
	/** Mean of the shares, 0–1: the figure "best result" compares on. */
	overall: Share,
	/** How the call ended (`resolved`, `callback`, …). */
	outcome: z.string().check(z.maxLength(30)),
	/** practice or assessment. */
	mode: z.enum(['practice', 'assessment']),
	/** When the call ended. */
	date: Timestamp,
});

/** A role-play the learner has played. */
export const RoleplayProgressSchema = z.object({
	/** The best call so far, by `overall`. */
	best: RoleplayResultSchema,
	/** The most recent call. */
	last: RoleplayResultSchema,
	/** How many calls were finished. */
	plays: Count,
});

/**
 * Everything the site keeps about a learner, on their device only. Versioned so a later format
 * can migrate older records; anything that fails this schema is kept aside as a backup, never
 * silently dropped (see `store.ts`).
 */
export const ProgressRecordSchema = z.object({
	/** Format version of this record. */
	version: z.literal(1),
	/** Quizzes by quiz id. */
	quizzes: z._default(z.record(ContentId, QuizProgressSchema), {}),
	/** Role-plays by scenario id. */
	roleplays: z._default(z.record(ContentId, RoleplayProgressSchema), {}),
	/** Modules read, by `<track>/<slug>`, with when. */
	modulesRead: z._default(z.record(ContentId, Timestamp), {}),
});

export type QuizResult = z.infer<typeof QuizResultSchema>;
export type QuizProgress = z.infer<typeof QuizProgressSchema>;
export type RoleplayResult = z.infer<typeof RoleplayResultSchema>;
export type ProgressRecord = z.infer<typeof ProgressRecordSchema>;

export const CURRENT_VERSION = 1;

export function emptyRecord(): ProgressRecord {
	return { version: 1, quizzes: {}, roleplays: {}, modulesRead: {} };
}
