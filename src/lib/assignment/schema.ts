import * as v from 'valibot';
import { ITEM_KEY } from './items.ts';

/** Longest text a trainer may put in a title or note: links must stay small enough for a QR code. */
export const MAX_TITLE = 80;
export const MAX_NOTE = 280;
export const MAX_ITEMS = 60;
export const MAX_NAME = 60;

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const Day = v.pipe(v.string(), v.isoDate());

/**
 * An assignment, as carried in the URL fragment of its link (`#a=…`). Short keys keep the link
 * short; this schema is the only way in, so every field is bounded.
 */
export const AssignmentSchema = v.strictObject({
	/** Format version. */
	v: v.literal(1),
	/** Random id, so results can be matched to the assignment. */
	i: v.pipe(v.string(), v.regex(/^[a-z0-9]{6,16}$/)),
	/** Title, e.g. "First week — group B". */
	t: Text(MAX_TITLE),
	/** Due date, YYYY-MM-DD. */
	d: v.optional(Day),
	/** Pass mark for quizzes and role-plays, in percent. */
	p: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
	/** A note from the trainer. */
	n: v.optional(Text(MAX_NOTE)),
	/** Item keys (`m:…`, `q:…`, `r:…`, `p:…`), in the order to do them. */
	x: v.pipe(v.array(v.pipe(v.string(), v.regex(ITEM_KEY))), v.minLength(1), v.maxLength(MAX_ITEMS)),
});

export type Assignment = v.InferOutput<typeof AssignmentSchema>;

/** One item's result in a completion code: key, score in percent (null for a module read), day done. */
export const ItemResultSchema = v.tuple([
	v.pipe(v.string(), v.regex(ITEM_KEY)),
	v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
	Day,
]);

/** What a learner sends back: who, which assignment, and each item's result. */
export const CompletionSchema = v.strictObject({
	/** Format version. */
	v: v.literal(1),
	/** The assignment's id. */
	a: v.pipe(v.string(), v.regex(/^[a-z0-9]{6,16}$/)),
	/** The assignment's title, so the trainer's table can say which one it was. */
	t: Text(MAX_TITLE),
	/** Pass mark in percent, copied from the assignment. */
	p: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
	/** The learner's name, as they typed it. */
	n: Text(MAX_NAME),
	/** Results, one per item. */
	r: v.pipe(v.array(ItemResultSchema), v.minLength(1), v.maxLength(MAX_ITEMS)),
});

export type Completion = v.InferOutput<typeof CompletionSchema>;
