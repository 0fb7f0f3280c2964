/**
 * What "My progress" shows, worked out from the on-device record and the site's catalogue of
 * items. Pure, so the page's island only renders it (and tests need no browser).
 */
import { itemLinkFrom } from '../assignment/context.ts';
import { decodeAssignment } from '../assignment/link.ts';
import { itemId, itemKind } from '../assignment/items.ts';
import { itemStatus, receivedRules, rulesOf } from '../assignment/status.ts';
import { NO_RULES, type PassRules } from '../assignment/verdict.ts';
import { bestRoleplay } from './roleplay-results.ts';
import type { ProgressRecord, QuizResult, ReceivedAssignment, RoleplayResult } from './schema.ts';

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

/** What a received assignment asks, as the checklist and "Continue" count it. */
interface ReceivedItems {
	/** Its item keys the site still has, in order. */
	items: string[];
	/** The steps of each path among them. */
	paths: Record<string, string[]>;
	rules: PassRules;
}

/**
 * A received assignment's items and rules: as stored when it was received, or, for an assignment
 * stored before they were kept, decoded again from its link (it came from outside). Items the
 * site no longer has are left out.
 */
function receivedItems(received: ReceivedAssignment, known: ReadonlySet<string>, catalogueSteps: Record<string, string[]>): ReceivedItems {
	if (received.items) {
		return {
			items: received.items.filter((key) => known.has(key)),
			paths: { ...catalogueSteps, ...received.paths },
			rules: receivedRules(received),
		};
	}
	const decoded = decodeAssignment(received.fragment, (key) => known.has(key));
	return decoded.ok
		? { items: decoded.assignment.x, paths: catalogueSteps, rules: rulesOf(decoded.assignment) }
		: { items: [], paths: catalogueSteps, rules: NO_RULES };
}

/**
 * The assignments the learner opened, most recently received first, each with how many of its
 * items are finished (passed or not, as its checklist counts them).
 */
export function assignmentsOverview(
	catalogue: readonly OverviewItem[],
	record: ProgressRecord,
	assignmentPath: string,
): AssignmentOverview[] {
	const known = new Set(catalogue.map((item) => item.key));
	const catalogueSteps = pathItemsOf(catalogue);
	return Object.entries(record.assignments)
		.map(([id, received]) => {
			const { items, paths, rules } = receivedItems(received, known, catalogueSteps);
			return {
				id,
				title: received.title,
				received: received.received,
				href: `${assignmentPath}#${received.fragment}`,
				done: items.filter((key) => itemStatus(record, key, paths, rules).done).length,
				total: items.length,
			};
		})
		.sort((a, b) => b.received.localeCompare(a.received));
}

/** Where "Continue where you left off" leads, and why. */
export interface NextStep<T extends OverviewItem> {
	/** The item to open next. */
	item: T;
	/** Its link; from an assignment it carries the assignment (`?assignment=`) so its page leads back. */
	href: string;
	/** What the learner is on: an assignment or a learning path (with its title), or a track's modules. */
	from: { kind: 'assignment'; title: string } | { kind: 'path'; title: string } | { kind: 'track' };
}

/**
 * What the learner should open next, following what they are on rather than catalogue order:
 * 1. the most recently received assignment with unfinished items: its first unfinished item (for
 *    a learning path among them, the path's first unfinished step);
 * 2. else the learning path they started (a step finished or under way): the one holding their
 *    latest activity, else the one with the most recent step; its first unfinished step;
 * 3. else the next unread module of the track they were last in (`nextModule`).
 */
export function nextStep<T extends OverviewItem>(catalogue: readonly T[], record: ProgressRecord): NextStep<T> | undefined {
	const byKey = new Map(catalogue.map((item) => [item.key, item]));
	const known = new Set(byKey.keys());
	const catalogueSteps = pathItemsOf(catalogue);
	const assignments = Object.entries(record.assignments).sort(([, a], [, b]) => b.received.localeCompare(a.received));
	for (const [id, received] of assignments) {
		const { items, paths, rules } = receivedItems(received, known, catalogueSteps);
		const unfinished = (key: string) => known.has(key) && !itemStatus(record, key, paths, rules).done;
		const key = items.find(unfinished);
		if (!key) continue;
		const step = itemKind(key) === 'path' ? (paths[key] ?? []).find(unfinished) : undefined;
		const item = byKey.get(step ?? key);
		if (item) return { item, href: itemLinkFrom(item.href, id), from: { kind: 'assignment', title: received.title } };
	}
	const latest = latestActivity(record);
	const started = catalogue
		.filter((path) => path.kind === 'path')
		.map((path) => {
			const steps = (path.items ?? []).filter((key) => known.has(key)).map((key) => ({ key, ...itemStatus(record, key) }));
			const lastDay = steps
				.map((step) => step.date ?? '')
				.sort()
				.at(-1);
			return { path, steps, latest: lastDay ?? '' };
		})
		.filter(({ steps }) => steps.some((step) => step.verdict !== 'not-started') && steps.some((step) => !step.done))
		// The path of the latest activity, else the one with the most recent finished step (days);
		// a stable sort keeps catalogue order on a tie.
		.sort(
			(a, b) =>
				Number(b.steps.some((s) => s.key === latest)) - Number(a.steps.some((s) => s.key === latest)) || b.latest.localeCompare(a.latest),
		);
	for (const { path, steps } of started) {
		const item = byKey.get(steps.find((step) => !step.done)?.key ?? '');
		if (item) return { item, href: item.href, from: { kind: 'path', title: path.title } };
	}
	const module = nextModule(catalogue, record);
	return module && { item: module, href: module.href, from: { kind: 'track' } };
}
