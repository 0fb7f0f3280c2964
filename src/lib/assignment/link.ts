import * as v from 'valibot';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { AssignmentSchema, withoutBadDue, type Assignment } from './schema.ts';

/** Longest fragment accepted; anything longer is not one of ours. */
export const MAX_FRAGMENT = 4096;

/** Why a link could not be read, for a message that says what to do. */
export type LinkError = 'empty' | 'too-long' | 'malformed' | 'invalid';

export type DecodedLink =
	| {
			ok: true;
			assignment: Assignment;
			/** Item keys the site does not know, dropped from the assignment. */
			unknown: string[];
			/** A due date shaped like one but no real day (2023-02-31, 1999-12-31), dropped: the page says so. */
			badDue?: string;
	  }
	| { ok: false; error: LinkError };

/** The fragment (`a=…`, without `#`) that carries an assignment. */
export function encodeAssignment(assignment: Assignment): string {
	return `a=${encodeBase64Url(JSON.stringify(v.parse(AssignmentSchema, assignment)))}`;
}

/**
 * Reads an assignment from a URL fragment. Never throws: a bad link gives an error kind. Item
 * keys the site does not know (`isKnown`) are listed in `unknown` and dropped; the rest still work.
 */
export function decodeAssignment(fragment: string, isKnown: (key: string) => boolean = () => true): DecodedLink {
	const raw = fragment.replace(/^#/, '');
	if (raw.length === 0) return { ok: false, error: 'empty' };
	if (raw.length > MAX_FRAGMENT) return { ok: false, error: 'too-long' };
	const value = new URLSearchParams(raw).get('a');
	if (!value) return { ok: false, error: 'malformed' };
	let data: unknown;
	try {
		data = JSON.parse(decodeBase64Url(value));
	} catch {
		return { ok: false, error: 'malformed' };
	}
	// A due date that is no real day costs the learner the date, not the assignment.
	const { data: readable, badDue } = withoutBadDue(data);
	const parsed = v.safeParse(AssignmentSchema, readable);
	if (!parsed.success) return { ok: false, error: 'invalid' };
	const items = [...new Set(parsed.output.x)];
	const unknown = items.filter((key) => !isKnown(key));
	const known = items.filter((key) => isKnown(key));
	if (known.length === 0) return { ok: false, error: 'invalid' };
	return { ok: true, assignment: { ...parsed.output, x: known }, unknown, ...(badDue === undefined ? {} : { badDue }) };
}

/** A fresh random assignment id (lowercase letters and digits). */
export function newAssignmentId(random: () => number = Math.random): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	return Array.from({ length: 10 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}
