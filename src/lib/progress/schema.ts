// Valibot, not Zod: this schema runs in the browser on every read of on-device data, and Valibot's
// tree-shaken validators cost ~2 KB gzip where Zod (even zod/mini) costs 6–8 KB. Content schemas,
// which only run at build time, stay on Astro's Zod.
import * as v from 'valibot';

/** An id from our own content (quiz, scenario, module key): short, lowercase, safe to show. */
const ContentId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9/-]{0,79}$/));
/** ISO 8601 timestamp, as written by `new Date().toISOString()`. */
const Timestamp = v.pipe(v.string(), v.isoTimestamp());
/** A share between 0 and 1. */
const Share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
/** A count of attempts or plays. */
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));

/** One finished quiz attempt. */
export const QuizResultSchema = v.object({
	/** Score as a share of the maximum, 0–1. */
	score: Share,
	/** Whether the score reached the quiz's pass mark. */
	passed: v.boolean(),
	/** When the attempt was finished. */
	date: Timestamp,
});

/** A quiz the learner has started or finished. */
export const QuizProgressSchema = v.object({
	/** The best finished attempt (highest score, earliest on a tie). */
	best: v.optional(QuizResultSchema),
	/** The most recent finished attempt. */
	last: v.optional(QuizResultSchema),
	/** How many attempts were finished. */
	attempts: Count,
	/**
	 * The attempt in progress, so a reload shows the same shuffled order and the answers given.
	 * `answers` belongs to the quiz code, which validates it again before use.
	 */
	current: v.optional(
		v.object({
			/** Seed of the attempt's shuffle. */
			seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 32 - 1)),
			/** Answers so far, by question id. */
			answers: v.record(v.pipe(v.string(), v.maxLength(80)), v.unknown()),
		}),
	),
});

/** One finished role-play call. */
export const RoleplayResultSchema = v.object({
	/** Share of the best reachable score per dimension, 0–1. */
	shares: v.record(v.pipe(v.string(), v.maxLength(30)), Share),
	/** Mean of the shares, 0–1: the figure "best result" compares on. */
	overall: Share,
	/** How the call ended (`resolved`, `callback`, …). */
	outcome: v.pipe(v.string(), v.maxLength(30)),
	/** practice or assessment. */
	mode: v.picklist(['practice', 'assessment']),
	/** When the call ended. */
	date: Timestamp,
});

/** A role-play the learner has played. */
export const RoleplayProgressSchema = v.object({
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
export const ProgressRecordSchema = v.object({
	/** Format version of this record. */
	version: v.literal(1),
	/** Quizzes by quiz id. */
	quizzes: v.optional(v.record(ContentId, QuizProgressSchema), {}),
	/** Role-plays by scenario id. */
	roleplays: v.optional(v.record(ContentId, RoleplayProgressSchema), {}),
	/** Modules read, by `<track>/<slug>`, with when. */
	modulesRead: v.optional(v.record(ContentId, Timestamp), {}),
});

export type QuizResult = v.InferOutput<typeof QuizResultSchema>;
export type QuizProgress = v.InferOutput<typeof QuizProgressSchema>;
export type RoleplayResult = v.InferOutput<typeof RoleplayResultSchema>;
export type ProgressRecord = v.InferOutput<typeof ProgressRecordSchema>;

export const CURRENT_VERSION = 1;

export function emptyRecord(): ProgressRecord {
	return { version: 1, quizzes: {}, roleplays: {}, modulesRead: {} };
}
