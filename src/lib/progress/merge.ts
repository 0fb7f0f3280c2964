/**
 * Merging two versions of the progress record, field by field, so two tabs that each saved
 * something both keep it. Browsers copy `localStorage` between tabs asynchronously: a tab can
 * read the record before another tab's write reaches it, and its own write then replaces that
 * one. The store therefore merges what it writes with the latest stored record, and again when
 * another tab's write arrives (see `store.ts`).
 *
 * `mergeRecords` is a join: commutative, associative and idempotent, so tabs that merge in any
 * order end with the same record (`tests/unit/progress/merge.test.ts` checks the laws). Every
 * choice between two values is by a rule that does not depend on which tab is "first": the
 * earlier date for firsts, the later date for lasts, the higher score for bests, and the text
 * of the value itself when all else is equal.
 */
import type {
	CheckIn,
	PrepSheet,
	ProgressRecord,
	QuizProgress,
	QuizResult,
	ReceivedAssignment,
	ReviewCard,
	RoleplayProgress,
	RoleplayResult,
} from './schema.ts';

/** Orders two values by their JSON text: the last tie-break, so a choice never depends on argument order. */
const byText = <T>(a: T, b: T): number => {
	const ta = JSON.stringify(a);
	const tb = JSON.stringify(b);
	return ta < tb ? -1 : ta > tb ? 1 : 0;
};

/** The one of `a`, `b` that `better` prefers (> 0 means `a`), by text on a tie; missing loses. */
function pick<T>(a: T | undefined, b: T | undefined, better: (a: T, b: T) => number): T | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	const order = better(a, b) || byText(a, b);
	return order >= 0 ? a : b;
}

const earlier = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
const later = (a: string, b: string) => -earlier(a, b);

/** Merges two maps key by key; a key in one only is kept as it is. */
function mergeMaps<T>(a: Record<string, T>, b: Record<string, T>, merge: (a: T, b: T) => T): Record<string, T> {
	const result: Record<string, T> = { ...a };
	for (const [key, value] of Object.entries(b)) result[key] = key in a ? merge(a[key] as T, value) : value;
	return result;
}

/** Keeps only the fields that hold a value, so merged records compare equal to written ones. */
function defined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

const bestQuiz = (a: QuizResult, b: QuizResult) => a.score - b.score || earlier(a.date, b.date);

function mergeQuiz(a: QuizProgress, b: QuizProgress): QuizProgress {
	const attempts = Math.max(a.attempts, b.attempts);
	// An attempt in progress belongs to the side that has seen the most finished attempts: a
	// finished attempt clears it, and an older tab's leftover must not bring it back.
	const current = a.attempts === b.attempts ? pick(a.current, b.current, () => 0) : a.attempts > b.attempts ? a.current : b.current;
	return defined({
		best: pick(a.best, b.best, bestQuiz),
		// The attempt that counts is the first honest one: the earliest wins.
		assessment: pick(a.assessment, b.assessment, (x, y) => earlier(x.date, y.date)),
		revealed: a.revealed || b.revealed || undefined,
		last: pick(a.last, b.last, (x, y) => later(x.date, y.date)),
		attempts,
		current,
	});
}

const bestCall = (a: RoleplayResult, b: RoleplayResult) => a.overall - b.overall || earlier(a.date, b.date);

function mergeRoleplay(a: RoleplayProgress, b: RoleplayProgress): RoleplayProgress {
	return defined({
		practice: pick(a.practice, b.practice, bestCall),
		assessment: pick(a.assessment, b.assessment, (x, y) => earlier(x.date, y.date)),
		last: pick(a.last, b.last, (x, y) => later(x.date, y.date)) as RoleplayResult,
		plays: Math.max(a.plays, b.plays),
	});
}

function mergeAssignment(a: ReceivedAssignment, b: ReceivedAssignment): ReceivedAssignment {
	// The same id is the same link: keep the first date received and a name once one was given.
	const received = a.received <= b.received ? a.received : b.received;
	const base = pick(a, b, () => 0) as ReceivedAssignment;
	return defined({ ...base, received, name: pick(a.name, b.name, () => 0) });
}

type SheetField = Exclude<keyof PrepSheet, 'updated' | 'times'>;
/**
 * A sheet's text fields, in its own order (a checked record lists them in the schema's). Read from
 * the sheet rather than imported: this file must import nothing, so loading it on demand needs no
 * loader code on every page (`store.ts`).
 */
const fieldsOf = (sheet: object) => Object.keys(sheet).filter((key) => key !== 'updated' && key !== 'times') as SheetField[];

/**
 * When a sheet field last changed: its own date; none (the empty text, older than any date) for a
 * field never typed in, so a tab that typed only in another field cannot blank it; the sheet's
 * date for sheets saved before fields had dates.
 */
export const fieldDate = (sheet: PrepSheet, field: SheetField): string => (sheet.times ? (sheet.times[field] ?? '') : sheet.updated);

/** Each field from the sheet that changed it last: two tabs editing different fields both keep theirs. */
function mergeSheet(a: PrepSheet, b: PrepSheet): PrepSheet {
	const sheet = {} as PrepSheet;
	const dates: Partial<Record<SheetField, string>> = {};
	for (const field of fieldsOf(a)) {
		const from = pick(a, b, (x, y) => later(fieldDate(x, field), fieldDate(y, field)) || byText(x[field], y[field])) as PrepSheet;
		sheet[field] = from[field];
		dates[field] = fieldDate(from, field);
	}
	return sheetWithDates(sheet, a.updated >= b.updated ? a.updated : b.updated, dates);
}

/** A sheet in its one written form: fields in order, the latest change, and each typed-in field's date. */
export function sheetWithDates(
	fields: Omit<PrepSheet, 'updated' | 'times'>,
	updated: string,
	dates: Partial<Record<SheetField, string>>,
): PrepSheet {
	const sheet = {} as PrepSheet;
	for (const field of fieldsOf(fields)) sheet[field] = fields[field];
	const times = Object.fromEntries(
		fieldsOf(fields)
			.filter((field) => dates[field])
			.map((field) => [field, dates[field]]),
	);
	return { ...sheet, updated, times };
}

/** Check-ins from both sides, one per date, without those deleted by "Delete all" (`checkInsCleared`). */
function mergeCheckIns(a: ProgressRecord, b: ProgressRecord, cleared: string | undefined): CheckIn[] | undefined {
	const byDate = new Map<string, CheckIn>();
	for (const entry of [...(a.checkIns ?? []), ...(b.checkIns ?? [])]) {
		if (cleared && entry.date <= cleared) continue;
		byDate.set(entry.date, pick(byDate.get(entry.date), entry, () => 0) as CheckIn);
	}
	if (byDate.size === 0) return undefined;
	return [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : byText(x, y)));
}

/** A review card changed last on one side: the later change (a review, a new miss) wins whole. */
const mergeCard = (a: ReviewCard, b: ReviewCard): ReviewCard => pick(a, b, (x, y) => later(x.updated, y.updated)) as ReviewCard;

/** The review days of both sides, once each, oldest first. */
function mergeDays(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
	if (!a || !b) return a ?? b;
	return [...new Set([...a, ...b])].sort();
}

/**
 * The record holding what both `a` and `b` hold. Records of different epochs are not merged:
 * "Delete everything" and an import start a new epoch, and the later epoch wins whole, so a tab
 * that had not seen the deletion cannot bring the deleted progress back.
 */
export function mergeRecords(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
	const epochA = a.epoch ?? '';
	const epochB = b.epoch ?? '';
	if (epochA !== epochB) return epochA > epochB ? a : b;
	const checkInsCleared = pick(a.checkInsCleared, b.checkInsCleared, later);
	return defined({
		version: 2 as const,
		epoch: a.epoch,
		quizzes: mergeMaps(a.quizzes, b.quizzes, mergeQuiz),
		roleplays: mergeMaps(a.roleplays, b.roleplays, mergeRoleplay),
		modulesRead: mergeMaps(a.modulesRead, b.modulesRead, (x, y) => (x <= y ? x : y)),
		assignments: mergeMaps(a.assignments, b.assignments, mergeAssignment),
		prepSheet: a.prepSheet && b.prepSheet ? mergeSheet(a.prepSheet, b.prepSheet) : (a.prepSheet ?? b.prepSheet),
		checkIns: mergeCheckIns(a, b, checkInsCleared),
		checkInsCleared,
		checks:
			a.checks && b.checks ? mergeMaps(a.checks, b.checks, (x, y) => pick(x, y, (p, q) => later(p.date, q.date))!) : (a.checks ?? b.checks),
		cards: a.cards && b.cards ? mergeMaps(a.cards, b.cards, mergeCard) : (a.cards ?? b.cards),
		reviewDays: mergeDays(a.reviewDays, b.reviewDays),
	});
}
