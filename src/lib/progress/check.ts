/**
 * The one validator for data the browser hands back (storage, imported files, session state):
 * small checks that compose, each naming the path that failed. No library: this code ships in
 * every island that reads progress, so it stays a few hundred bytes.
 */

/** Thrown by `checkRecord`, saying where the data went wrong. */
export class ProgressShapeError extends Error {
	constructor(path: string, expected: string) {
		super(`[both-ends:progress] ${path}: expected ${expected}`);
		this.name = 'ProgressShapeError';
	}
}

export type Check<T> = (value: unknown, path: string) => T;

export const fail = (path: string, expected: string): never => {
	throw new ProgressShapeError(path, expected);
};
export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export const text =
	(max: number, pattern?: RegExp): Check<string> =>
	(value, path) =>
		typeof value === 'string' && value.length <= max && (!pattern || pattern.test(value))
			? value
			: fail(path, `text of at most ${max} characters${pattern ? ` matching ${pattern}` : ''}`);
export const number =
	(min: number, max: number, integer = false): Check<number> =>
	(value, path) =>
		typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value))
			? value
			: fail(path, `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
export const boolean: Check<boolean> = (value, path) => (typeof value === 'boolean' ? value : fail(path, 'true or false'));
export const optional =
	<T>(check: Check<T>): Check<T | undefined> =>
	(value, path) =>
		value === undefined ? undefined : check(value, path);
/** An id from our own content (quiz, scenario, module key): short, lowercase, safe to show. */
export const contentId = text(80, /^[a-z0-9][a-z0-9/-]*$/);

/** A map with content ids as keys; missing means empty. */
export const recordOf =
	<T>(check: Check<T>, keys: Check<string> = contentId): Check<Record<string, T>> =>
	(value, path) => {
		if (value === undefined) return {};
		if (!isObject(value)) return fail(path, 'an object');
		const entries = Object.entries(value);
		if (entries.length > 5000) return fail(path, 'at most 5000 entries');
		return Object.fromEntries(entries.map(([key, item]) => [keys(key, `${path}.${key}`), check(item, `${path}.${key}`)]));
	};
export const object =
	<T>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> =>
	(value, path) => {
		if (!isObject(value)) return fail(path, 'an object');
		const result: Record<string, unknown> = {};
		for (const key of Object.keys(fields) as (keyof T & string)[]) {
			const checked = fields[key](value[key], `${path}.${key}`);
			if (checked !== undefined) result[key] = checked;
		}
		return result as T;
	};
