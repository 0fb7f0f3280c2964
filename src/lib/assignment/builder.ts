import type { CatalogueItem } from './catalogue.ts';
import { encodeAssignment } from './link.ts';
import { itemsToDrop, qrCode, type QrCode } from './qr.ts';
import { MAX_ITEMS, type Assignment } from './schema.ts';

/** What a trainer has typed and ticked in the assignment builder. */
export interface BuilderForm {
	title: string;
	/** Due day, `YYYY-MM-DD`, or empty for none. */
	due: string;
	/** Pass mark in percent as typed; empty or nonsense falls back to the default. */
	passMark: number | null | undefined;
	note: string;
	/** Keys of the ticked items, in any order. */
	selected: readonly string[];
}

/** Why no link could be made, for a message that says what to do. */
export type BuildError =
	| { kind: 'need-items' }
	| { kind: 'need-title' }
	/** The link would not fit a QR code: `drop` is how many items must go, at least. */
	| { kind: 'too-long'; drop: number };

/** A link ready to send (with the assignment it carries and its QR code), or why not. */
export type Built = { ok: true; assignment: Assignment; url: string; qr: QrCode } | { ok: false; error: BuildError };

/** The pass mark the builder starts with, and falls back to. */
export const DEFAULT_PASS_MARK = 80;

/** A pass mark the link can carry: a whole percent from 1 to 100. */
export function passMarkOf(value: number | null | undefined): number {
	return Math.min(100, Math.max(1, Math.round(value ?? 0) || DEFAULT_PASS_MARK));
}

/** The link to an assignment: the landing page's address, with the assignment in its fragment. */
export function assignmentUrl(landing: string, assignment: Assignment): string {
	return `${landing}#${encodeAssignment(assignment)}`;
}

/**
 * Validates the builder's form and makes the link and its QR code. The items keep the
 * catalogue's order (`order`), so learners meet them in the course's order. A link holds at most
 * MAX_ITEMS items and must fit a QR code; when it does not, the error says how many to drop.
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
	if (items.length === 0) return { ok: false, error: { kind: 'need-items' } };
	const title = form.title.trim();
	if (!title) return { ok: false, error: { kind: 'need-title' } };
	const note = form.note.trim();
	const over = Math.max(0, items.length - MAX_ITEMS);
	const kept = items.slice(0, items.length - over);
	const assignment: Assignment = {
		v: 1,
		i: options.id,
		t: title,
		...(form.due ? { d: form.due } : {}),
		p: passMarkOf(form.passMark),
		...(note ? { n: note } : {}),
		x: kept,
	};
	const url = assignmentUrl(options.landing, assignment);
	const qr = over > 0 ? null : qrCode(url);
	if (qr) return { ok: true, assignment, url, qr };
	const drop = itemsToDrop(kept.length, (count) => assignmentUrl(options.landing, { ...assignment, x: kept.slice(0, count) }));
	return { ok: false, error: { kind: 'too-long', drop: over + (drop ?? kept.length) } };
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

/** The ticked items, in the catalogue's order. */
export function pickedItems<T extends Pick<CatalogueItem, 'key'>>(items: readonly T[], selected: readonly string[]): T[] {
	return items.filter((item) => selected.includes(item.key));
}
