/**
 * `lms.json`, at an LMS package's root: the package as the launcher needs it. Written by the
 * packager, read back by the launcher through a check, as anything fetched is.
 */
import * as v from 'valibot';
import type { PackageDescription } from './package-description.ts';

/** The launcher's file: the package, and the page the course opens on. */
export interface LaunchFile extends PackageDescription {
	/** The first page shown in the launcher's frame, relative to the package's root. */
	start: string;
}

const relativeHref = v.pipe(v.string(), v.maxLength(300), v.regex(/^(?![a-z][a-z0-9+.-]*:|\/)/i, 'a path inside the package'));
const itemSchema = v.object({
	key: v.pipe(v.string(), v.maxLength(130)),
	title: v.pipe(v.string(), v.maxLength(300)),
	href: relativeHref,
	questions: v.optional(
		v.pipe(
			v.array(
				v.object({
					id: v.pipe(v.string(), v.maxLength(80)),
					type: v.picklist(['choice', 'true-false', 'fill-in', 'matching', 'sequencing', 'numeric', 'likert', 'performance']),
				}),
			),
			v.maxLength(200),
		),
	),
	dimensions: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(20))),
});
const texts = v.object({
	en: v.pipe(v.string(), v.maxLength(400)),
	fr: v.pipe(v.string(), v.maxLength(400)),
	it: v.pipe(v.string(), v.maxLength(400)),
});
const launchFileSchema = v.object({
	format: v.picklist(['scorm12', 'cmi5']),
	id: v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,120}$/)),
	lang: v.picklist(['en', 'fr', 'it']),
	kind: v.picklist(['path', 'module']),
	titles: texts,
	descriptions: texts,
	launch: relativeHref,
	start: relativeHref,
	mastery: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	items: v.pipe(v.array(itemSchema), v.minLength(1), v.maxLength(200)),
	site: v.pipe(v.string(), v.url()),
});

/** The file's data checked, or an error naming the file and the first field that is wrong. */
export function readLaunchFile(value: unknown): LaunchFile {
	const result = v.safeParse(launchFileSchema, value);
	if (result.success) return result.output;
	const issue = result.issues[0];
	throw new Error(`lms.json: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}
