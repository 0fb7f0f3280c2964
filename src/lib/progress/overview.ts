/**
 * What "My progress" shows, worked out from the on-device record and the site's catalogue of
 * items. Pure, so the page's island only renders it (and tests need no browser).
 */
import { decodeAssignment } from '../assignment/link.ts';
import { itemId, itemKind } from '../assignment/items.ts';
import { itemStatus } from '../assignment/status.ts';
import { bestRoleplay } from './roleplay-results.ts';
import type { ProgressRecord, QuizResult, RoleplayResult } from './schema.ts';

/** The part of a catalogue item (`src/lib/assignment/catalogue.ts`) the overview needs. */
export interface OverviewItem {
	/** Item key: `m:<track>/<slug>`, `q:<id>`, `r:<id>`, `p:<id>`. */
	key: string;
	kind: 'module' | 'quiz' | 'roleplay' | 'path';
	track: string;
	title: string;
	href: string;
	/** A path's own item keys, in order; only on paths. */
	items?: string[];
}

/** How far along something with several steps is. */
export interface Count {
	done: number;
	total: number;
}

/** One track's share of the record. */
export interface TrackOverview {
	modules: Count;
	/** Quizzes of the track with a finished attempt, in catalogue order, with the best one. */
	quizzes: { item: OverviewItem; best: QuizResult }[];
	/** Role-plays of the track played at least once, with the best call. */
	roleplays: { item: OverviewItem; best: RoleplayResult }[];
}

/** An assignment the learner opened, with how much of it is done. */
export interface AssignmentOverview extends Count {
	id: string;
	title: string;
	/** When the link was first opened (ISO 8601). */
	received: string;
	/** The assignment page with the link's fragment, to open it again. */
	href: string;
}

/** Whether a module item (`m:…`) is read. */
const isRead = (record: ProgressRecord, item: OverviewItem) => Boolean(record.modulesRead[itemId(item.key)]);

/** Whether nothing at all has been recorded: no module, quiz, call or assignment. */
export function isEmptyRecord(record: ProgressRecord): boolean {
	return [record.modulesRead, record.quizzes, record.roleplays, record.assignments].every((part) => Object.keys(part).length === 0);
}

/** The item key of the learner's most recent activity (module read, quiz or call finished), if any. */
export function latestActivity(record: ProgressRecord): string | undefined {
	const dated: [key: string, date: string][] = [
		...Object.entries(record.modulesRead).map(([id, date]): [string, string] => [`m:${id}`, date]),
		...Object.entries(record.quizzes).flatMap(([id, quiz]): [string, string][] => (quiz.last ? [[`q:${id}`, quiz.last.date]] : [])),
		...Object.entries(record.roleplays).map(([id, call]): [string, string] => [`r:${id}`, call.last.date]),
	];
	return dated.sort((a, b) => b[1].localeCompare(a[1]))[0]?.[0];
}

/**
 * The module to suggest next: the first unread module (in catalogue order) of the track of the
 * most recent activity, so a learner keeps to the track they are in; otherwise the first unread
 * module anywhere. `undefined` once every module is read.
 */
export function nextModule<T extends OverviewItem>(catalogue: readonly T[], record: ProgressRecord): T | undefined {
	const latest = latestActivity(record);
	const track = catalogue.find((item) => item.key === latest)?.track;
	const unread = catalogue.filter((item) => item.kind === 'module' && !isRead(record, item));
	return unread.find((item) => item.track === track) ?? unread[0];
}

/** One track's modules read, and its quizzes and role-plays with their best results. */
export function trackOverview(catalogue: readonly OverviewItem[], record: ProgressRecord, track: string): TrackOverview {
	const inTrack = catalogue.filter((item) => item.track === track);
	const modules = inTrack.filter((item) => item.kind === 'module');
	return {
		modules: { done: modules.filter((item) => isRead(record, item)).length, total: modules.length },
		quizzes: inTrack.flatMap((item) => {
			const best = itemKind(item.key) === 'quiz' ? record.quizzes[itemId(item.key)]?.best : undefined;
			return best ? [{ item, best }] : [];
		}),
		roleplays: inTrack.flatMap((item) => {
			const best = itemKind(item.key) === 'roleplay' ? bestRoleplay(record.roleplays[itemId(item.key)]) : undefined;
			return best ? [{ item, best }] : [];
		}),
	};
}

/** Each path's item keys, by path key, as `itemStatus` needs them. */
export function pathItemsOf(catalogue: readonly OverviewItem[]): Record<string, string[]> {
	return Object.fromEntries(catalogue.flatMap((item) => (item.items ? [[item.key, item.items]] : [])));
}

/** Every learning path with how many of its items are done. */
export function pathsOverview<T extends OverviewItem>(catalogue: readonly T[], record: ProgressRecord): (T & Count)[] {
	return catalogue
		.filter((item) => item.kind === 'path')
		.map((path) => {
			const steps = path.items ?? [];
			return { ...path, done: steps.filter((key) => itemStatus(record, key).done).length, total: steps.length };
		});
}

/**
 * The assignments the learner opened, each with how much is done. The stored link is decoded
 * again (it came from outside); items the site no longer has are not counted.
 */
export function assignmentsOverview(
	catalogue: readonly OverviewItem[],
	record: ProgressRecord,
	assignmentPath: string,
): AssignmentOverview[] {
	const known = new Set(catalogue.map((item) => item.key));
	const pathItems = pathItemsOf(catalogue);
	return Object.entries(record.assignments).map(([id, received]) => {
		const decoded = decodeAssignment(received.fragment, (key) => known.has(key));
		const items = decoded.ok ? decoded.assignment.x : [];
		return {
			id,
			title: received.title,
			received: received.received,
			href: `${assignmentPath}#${received.fragment}`,
			done: items.filter((key) => itemStatus(record, key, pathItems).done).length,
			total: items.length,
		};
	});
}
