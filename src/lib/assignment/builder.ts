import type { CatalogueItem } from './catalogue.ts';
import { encodeAssignment } from './link.ts';
import { itemsToDrop, qrCode, type QrCode } from './qr.ts';
import { isDay, MAX_ITEMS, MAX_REVIEW_DAYS, type Assignment } from './schema.ts';

/** What a trainer has typed and ticked in the assignment builder. */
export interface BuilderForm {
	/** Title as typed; surrounding spaces are dropped. */
	title: string;
	/** Due day, `YYYY-MM-DD`, or empty for none. */
	due: string;
	/**
	 * True when the date field holds something the browser cannot read as a date (an unfinished or
	 * impossible day: `validity.badInput`). The browser then reports `due` as empty, which would
	 * otherwise silently mean "no due date".
	 */
	dueUnreadable?: boolean;
	/** Pass mark in percent as typed (`null` when empty or unreadable): a whole number from 0 to 100. */
	passMark: number | null | undefined;
	/** Whether only assessment-mode results count (the assignment's `m: 1`). */
	assessment: boolean;
	/** Days of spaced review asked for, as typed: empty or 0 for none, else a whole number up to MAX_REVIEW_DAYS. */
	reviewDays?: number | null;
	/** Note to learners as typed; surrounding spaces are dropped, empty means none. */
	note: string;
	/** Keys of the ticked items, in any order, whether or not the filter shows them. */
	selected: readonly string[];
}

/** The builder's fields that can be wrong, in the order the form shows them. */
export const BUILD_FIELDS = ['title', 'due', 'passMark', 'reviewDays', 'items'] as const;
export type BuildField = (typeof BUILD_FIELDS)[number];

/** One thing that keeps the link from being made, with the field it belongs to, for a message there. */
export type BuildError =
	| { field: 'items'; kind: 'need-items' }
	| { field: 'title'; kind: 'need-title' }
	/** The due date is not a day that exists. */
	| { field: 'due'; kind: 'bad-due' }
	/** The pass mark is empty, not a whole number, or outside 0–100: refused, never clamped. */
	| { field: 'passMark'; kind: 'bad-pass-mark' }
	/** The days of review are not a whole number from 0 to MAX_REVIEW_DAYS. */
	| { field: 'reviewDays'; kind: 'bad-review-days' }
	/** The link would not fit a QR code: `drop` is how many items must go, at least. */
	| { field: 'items'; kind: 'too-long'; drop: number };

/** A link ready to send (with the assignment it carries and its QR code), or every reason why not. */
export type Built = { ok: true; assignment: Assignment; url: string; qr: QrCode } | { ok: false; errors: BuildError[] };

/** The pass mark the builder starts with. */
export const DEFAULT_PASS_MARK = 80;

/** Whether a link can carry this pass mark: a whole percent from 0 to 100. */
export function isPassMark(value: number | null | undefined): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

// The one test of a day, the link's schema's own: a date the builder accepts is one the link carries.
export { isDay };

/** The link to an assignment: the landing page's address, with the assignment in its fragment. */
export function assignmentUrl(landing: string, assignment: Assignment): string {
	return `${landing}#${encodeAssignment(assignment)}`;
}

/**
 * Validates the builder's form and makes the link and its QR code. Every problem is reported at
 * once, in the form's order (BUILD_FIELDS), so the trainer can fix them all in one pass. The items
 * keep the catalogue's order (`order`), so learners meet them in the course's order. A link holds
 * at most MAX_ITEMS items and must fit a QR code; when it does not, the error says how many to drop
 * (checked only once the rest is right, as it needs a whole assignment).
 */
export function buildAssignment(
	form: BuilderForm,
	options: {
		/** Every item key, in the catalogue's order. */
		order: readonly string[];
		/** The new assignment's id (`newAssignmentId()`). */
		id: string;
		/** Absolute address of the landing page, e.g. `https://…/fr/assignment/`. */
		landing: string;
	},
): Built {
	const items = options.order.filter((key) => form.selected.includes(key));
	const title = form.title.trim();
	const due = form.due.trim();
	const errors: BuildError[] = [];
	if (!title) errors.push({ field: 'title', kind: 'need-title' });
	if (form.dueUnreadable || (due && !isDay(due))) errors.push({ field: 'due', kind: 'bad-due' });
	if (!isPassMark(form.passMark)) errors.push({ field: 'passMark', kind: 'bad-pass-mark' });
	const reviewDays = form.reviewDays ?? 0;
	if (!Number.isInteger(reviewDays) || reviewDays < 0 || reviewDays > MAX_REVIEW_DAYS) {
		errors.push({ field: 'reviewDays', kind: 'bad-review-days' });
	}
	if (items.length === 0) errors.push({ field: 'items', kind: 'need-items' });
	// (The pass mark is tested again so that TypeScript knows it is a number below.)
	if (errors.length > 0 || !isPassMark(form.passMark)) return { ok: false, errors };
	const note = form.note.trim();
	const over = Math.max(0, items.length - MAX_ITEMS);
	const kept = items.slice(0, items.length - over);
	const assignment: Assignment = {
		v: 1,
		i: options.id,
		t: title,
		...(due ? { d: due } : {}),
		p: form.passMark,
		...(form.assessment ? { m: 1 as const } : {}),
		...(note ? { n: note } : {}),
		...(reviewDays > 0 ? { s: reviewDays } : {}),
		x: kept,
	};
	const url = assignmentUrl(options.landing, assignment);
	const qr = over > 0 ? null : qrCode(url);
	if (qr) return { ok: true, assignment, url, qr };
	const drop = itemsToDrop(kept.length, (count) => assignmentUrl(options.landing, { ...assignment, x: kept.slice(0, count) }));
	return { ok: false, errors: [{ field: 'items', kind: 'too-long', drop: over + (drop ?? kept.length) }] };
}

/**
 * The selection after ticking (`on`) or unticking one item. The selection is its own state, never
 * derived from what the filter shows, so filtering cannot drop items ticked earlier.
 */
export function toggleSelected(selected: readonly string[], key: string, on: boolean): string[] {
	if (on) return selected.includes(key) ? [...selected] : [...selected, key];
	return selected.filter((other) => other !== key);
}

/** How many ticked items the filter hides: they stay ticked, and the builder says so. */
export function hiddenSelected(selected: readonly string[], shown: readonly Pick<CatalogueItem, 'key'>[]): number {
	const visible = new Set(shown.map((item) => item.key));
	return selected.filter((key) => !visible.has(key)).length;
}

/** Folds case and accents, so « ecoute » finds « Écoute ». */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The items whose title contains `query`, ignoring case, accents and surrounding spaces. */
export function filterItems<T extends Pick<CatalogueItem, 'title'>>(items: readonly T[], query: string): T[] {
	const wanted = fold(query.trim());
	return items.filter((item) => fold(item.title).includes(wanted));
}

/** Items grouped under their track, tracks in menu order; tracks with no item are left out. */
export function groupByTrack<T extends { track: string }, Track extends { id: string }>(
	items: readonly T[],
	tracks: readonly Track[],
): { track: Track; items: T[] }[] {
	return tracks
		.map((track) => ({ track, items: items.filter((item) => item.track === track.id) }))
		.filter((group) => group.items.length > 0);
}

/** How many items a track's list shows at first, and how many more each "Show more" adds. */
export const ITEMS_PER_STEP = 50;

/**
 * Each group cut to the number of items it shows (`shownPerTrack`, else `ITEMS_PER_STEP`), with
 * how many more it has: a course of a thousand modules never renders thousands of checkboxes at
 * once, and the filter still searches them all.
 */
export function limitGroups<T, Track extends { id: string }>(
	groups: readonly { track: Track; items: T[] }[],
	shownPerTrack: Readonly<Record<string, number>>,
): { track: Track; items: T[]; more: number }[] {
	return groups.map((group) => {
		const limit = shownPerTrack[group.track.id] ?? ITEMS_PER_STEP;
		return { track: group.track, items: group.items.slice(0, limit), more: Math.max(0, group.items.length - limit) };
	});
}

/** The ticked items, in the catalogue's order. */
export function pickedItems<T extends Pick<CatalogueItem, 'key'>>(items: readonly T[], selected: readonly string[]): T[] {
	return items.filter((item) => selected.includes(item.key));
}
