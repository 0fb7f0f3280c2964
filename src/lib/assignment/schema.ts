import * as v from 'valibot';
import { ITEM_KEY } from './items.ts';

/** Longest text a trainer may put in a title or note: links must stay small enough for a QR code. */
export const MAX_TITLE = 80;
export const MAX_NOTE = 280;
export const MAX_ITEMS = 60;
export const MAX_NAME = 60;
/** Most days of spaced review an assignment may ask for: a month of it is already a habit. */
export const MAX_REVIEW_DAYS = 30;

/** The first and last day a link or code may carry: anything outside is a mistake or a forgery. */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2100-12-31';

/**
 * Whether `text` is a day that exists, written `YYYY-MM-DD`, from FIRST_DAY to LAST_DAY: not
 * 2023-02-31 or 2023-02-29 (valibot's `isoDate` accepts both), not 0000-01-01.
 */
export function isDay(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match || text < FIRST_DAY || text > LAST_DAY) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A due date's shape (`YYYY-MM-DD`) whatever its numbers: a link with one that is no real day keeps its assignment. */
export const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const Day = v.pipe(v.string(), v.check(isDay));
const PassMark = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const AssignmentId = v.pipe(v.string(), v.regex(/^[a-z0-9]{6,16}$/));
const ReviewDaysAsked = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REVIEW_DAYS));

/**
 * An assignment, as carried in the URL fragment of its link (`#a=…`). Short keys keep the link
 * short; this schema is the only way in, so every field is bounded.
 */
export const AssignmentSchema = v.strictObject({
	/** Format version. */
	v: v.literal(1),
	/** Random id, so results can be matched to the assignment. */
	i: AssignmentId,
	/** Title, e.g. "First week — group B". */
	t: Text(MAX_TITLE),
	/** Due date, YYYY-MM-DD. */
	d: v.optional(Day),
	/** Pass mark for quizzes and role-plays, in percent. */
	p: PassMark,
	/** Present (1) when only assessment-mode results count (see `verdictOf`). */
	m: v.optional(v.literal(1)),
	/** A note from the trainer. */
	n: v.optional(Text(MAX_NOTE)),
	/** Spaced review asked for: the learner reviews what they missed on this many days (issue 14). */
	s: v.optional(ReviewDaysAsked),
	/** Item keys (`m:…`, `q:…`, `r:…`, `p:…`), in the order to do them. */
	x: v.pipe(v.array(v.pipe(v.string(), v.regex(ITEM_KEY))), v.minLength(1), v.maxLength(MAX_ITEMS)),
});

export type Assignment = v.InferOutput<typeof AssignmentSchema>;

/**
 * A link's decoded data without a due date that is shaped `YYYY-MM-DD` but is no real day in range
 * (`isDay`), and that date: the learner keeps the assignment and is told its date was dropped.
 * Anything else stays, for the schema to judge: a due date of another shape is not one our
 * builder made, and the whole link is refused.
 */
export function withoutBadDue(data: unknown): { data: unknown; badDue?: string } {
	if (typeof data !== 'object' || data === null || !('d' in data)) return { data };
	const { d, ...rest } = data;
	if (typeof d !== 'string' || !DAY_SHAPE.test(d) || isDay(d)) return { data };
	return { data: rest, badDue: d };
}

/** One item's result in a v1 completion code: key, score in percent (null for a module read), day done. */
export const ItemResultV1Schema = v.tuple([
	v.pipe(v.string(), v.regex(ITEM_KEY)),
	v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
	Day,
]);

/** A v1 completion code's content: scores only. Still read, never written. */
export const CompletionV1Schema = v.strictObject({
	/** Format version. */
	v: v.literal(1),
	/** The assignment's id. */
	a: AssignmentId,
	/** The assignment's title, so the trainer's table can say which one it was. */
	t: Text(MAX_TITLE),
	/** Pass mark in percent, copied from the assignment. */
	p: PassMark,
	/** The learner's name, as they typed it. */
	n: Text(MAX_NAME),
	/** Results, one per item. */
	r: v.pipe(v.array(ItemResultV1Schema), v.minLength(1), v.maxLength(MAX_ITEMS)),
});

/** Longest list of detail (missed question ids, path turns) one item may carry in a code. */
export const MAX_DETAIL = 80;
/** One entry of detail: a question id, or a turn `node.choice` (costly ones marked `!`). */
export const DETAIL_ENTRY = /^!?[a-z0-9-]{1,80}(\.[a-z0-9-]{1,80})?$/;

const ItemKey = v.pipe(v.string(), v.regex(ITEM_KEY));
const Score = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)));
const Mode = v.picklist(['a', 'p', '-']);
const Attempt = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
/** A count of review days: at most a few years' worth. */
const ReviewDayCount = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5000));
const Detail = v.pipe(v.array(v.pipe(v.string(), v.regex(DETAIL_ENTRY))), v.maxLength(MAX_DETAIL));

/**
 * One item's result in a v2 completion code: key, score in percent (null for a module read; for a
 * path, null when every step passed and 0 when one did not), day done, mode (`a` assessment, `p` practice, `-` none: a module), attempt number (0 for a module),
 * and optionally the detail the class view reads — a quiz's missed question ids, a role-play's
 * turns as `node.choice`, a costly one marked `!`. Strict tuples: a plain tuple would accept
 * (and strip) the detail of a six-item result.
 */
export const ItemResultSchema = v.union([
	v.strictTuple([ItemKey, Score, Day, Mode, Attempt]),
	v.strictTuple([ItemKey, Score, Day, Mode, Attempt, Detail]),
]);

/** What a learner sends back (v2): who, which assignment and its rules, and each item's counted result. */
export const CompletionSchema = v.strictObject({
	/** Format version. */
	v: v.literal(2),
	/** The assignment's id. */
	a: AssignmentId,
	/** The assignment's title, so the trainer's table can say which one it was. */
	t: Text(MAX_TITLE),
	/** Pass mark in percent, copied from the assignment. */
	p: PassMark,
	/** Present (1) when the assignment required assessment mode. */
	m: v.optional(v.literal(1)),
	/** The learner's name, as they typed it. */
	n: Text(MAX_NAME),
	/** Results, one per item. */
	r: v.pipe(v.array(ItemResultSchema), v.minLength(1), v.maxLength(MAX_ITEMS)),
	/**
	 * When the assignment asked for spaced review: the days it asked for, the days the learner
	 * reviewed since they opened it, and their review streak (days in a row, up to the day the code
	 * was made).
	 */
	s: v.optional(v.strictTuple([ReviewDaysAsked, ReviewDayCount, ReviewDayCount])),
});

export type Completion = v.InferOutput<typeof CompletionSchema>;
export type CompletionV1 = v.InferOutput<typeof CompletionV1Schema>;
