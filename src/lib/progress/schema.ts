import { costlyTurnIds, quizCardId } from '../review/card-ids.ts';
import { boolean, type Check, contentId, fail, isObject, number, object, optional, recordOf, text } from './check.ts';

export { ProgressShapeError } from './check.ts';

/**
 * The on-device progress record and its validation. Hand-written on purpose: this runs in every
 * island that records progress, and a role-play page must stay under 25 KB of JavaScript with the
 * Svelte runtime (~15 KB). A schema library costs ~2 KB gzip here; these checks cost ~0.5 KB.
 * `tests/unit/progress/` covers every rule.
 */

/** One finished quiz attempt. */
export interface QuizResult {
	/** Score as a share of the maximum, 0–1. */
	score: number;
	/** Whether the score reached the quiz's pass mark. */
	passed: boolean;
	/** When the attempt was finished (ISO 8601). */
	date: string;
	/** Which attempt it was, 1-based (missing in records from before attempts were numbered). */
	attempt?: number;
	/** `assessment` only for an attempt made in assessment mode before any answer was shown. */
	mode?: 'practice' | 'assessment';
	/** Ids of the questions without full credit, for the trainer's class view. */
	missed?: string[];
}

/** A quiz the learner has started or finished. */
export interface QuizProgress {
	/** The best finished attempt of any mode (highest score, earliest on a tie). */
	best?: QuizResult;
	/**
	 * The attempt that counts for an assignment requiring assessment: the first one made in
	 * assessment mode before any of the quiz's answers were shown on this device. Never replaced.
	 */
	assessment?: QuizResult;
	/** Whether answers have been shown (practice feedback or a results screen): later attempts are practice. */
	revealed?: boolean;
	/** The most recent finished attempt. */
	last?: QuizResult;
	/** How many attempts were finished. */
	attempts: number;
	/**
	 * The attempt in progress, so a reload shows the same shuffled order and the answers given.
	 * `answers` belongs to the quiz code, which validates it again before use.
	 */
	current?: { seed: number; answers: Record<string, unknown> };
}

/** One finished role-play call. */
export interface RoleplayResult {
	/** Share of the best reachable score per dimension, 0–1. */
	shares: Record<string, number>;
	/** Mean of the shares, 0–1: the figure "best result" compares on. */
	overall: number;
	/** How the call ended (`resolved`, `callback`, …). */
	outcome: string;
	/** practice or assessment. */
	mode: 'practice' | 'assessment';
	/** When the call ended (ISO 8601). */
	date: string;
	/** Which call of this scenario it was, 1-based (missing in older records). */
	attempt?: number;
	/** The replies chosen, as `node.choice`, a costly one marked with a leading `!`, for the class view. */
	path?: string[];
}

/** A role-play the learner has played. */
export interface RoleplayProgress {
	/** The best practice call so far, by `overall`; missing until one is finished. */
	practice?: RoleplayResult;
	/**
	 * The assessment call that counts: the first call made in assessment mode before any debrief of
	 * this scenario was seen (every debrief shows the best call). Never replaced.
	 */
	assessment?: RoleplayResult;
	/** The most recent call. */
	last: RoleplayResult;
	/** How many calls were finished. */
	plays: number;
}

/** An assignment the learner opened from a trainer's link. */
export interface ReceivedAssignment {
	/** The link's fragment (`a=…`) as received; `decodeAssignment` validates it whenever it is used. */
	fragment: string;
	/** Its title, for lists. */
	title: string;
	/** When the link was first opened (ISO 8601). */
	received: string;
	/** The learner's name, once they asked for a completion code. */
	name?: string;
	/** Its pass mark, so item pages opened from it judge by the same rule without decoding the link. */
	passMark?: number;
	/** Whether it requires assessment mode. */
	assessment?: boolean;
	/** Its item keys, in order, for "Back to the assignment (2 of 3 done)" on item pages. */
	items?: string[];
	/** The steps of each learning path among its items, by path key, so item pages can count them. */
	paths?: Record<string, string[]>;
}

/** The longest text each call-prep sheet field keeps; the form's `maxlength` uses the same numbers. */
export const PREP_SHEET_LIMITS = { company: 120, account: 60, problem: 400, tried: 600, want: 300, callback: 120 } as const;

/** The caller's call-prep sheet (tool `prep-sheet`): what they typed, saved as they type. */
export interface PrepSheet {
	/** The company they are calling. */
	company: string;
	/** Their account or contract number. */
	account: string;
	/** The problem, in two sentences. */
	problem: string;
	/** What they already tried. */
	tried: string;
	/** What they want from the call. */
	want: string;
	/** The best time to call them back. */
	callback: string;
	/** When the sheet last changed (ISO 8601). */
	updated: string;
	/**
	 * When each field last changed (ISO 8601), so two tabs editing different fields both keep
	 * theirs (`merge.ts`); a field never typed in has none. Missing in sheets saved before fields
	 * had dates: then `updated` stands for every field.
	 */
	times?: Partial<Record<keyof typeof PREP_SHEET_LIMITS, string>>;
}

/** Bounds of the shift check-in: text lengths and how many check-ins a device keeps. */
export const CHECK_IN_LIMITS = { good: 200, note: 1000, count: 500 } as const;

/** One end-of-shift check-in (tool `check-in`): private, kept on the device only. */
export interface CheckIn {
	/** When it was saved (ISO 8601). */
	date: string;
	/** How heavy the shift felt: 1 (light) to 5 (very heavy). */
	weight: number;
	/** The three good things; an empty string is a field left blank. */
	good: [string, string, string];
	/** An optional free note. */
	note?: string;
}

/**
 * Something the learner missed, brought back for spaced review (`/[lang]/review/`): a quiz
 * question, a check in a module, or a costly turn of a role-play. Keyed in the record by its card
 * id (`src/lib/review/card-ids.ts`). The memory fields are the FSRS scheduler's (`ts-fsrs`), kept
 * as plain numbers and dates so the record stays JSON.
 */
export interface ReviewCard {
	/** When the learner first missed it (ISO 8601). */
	added: string;
	/** When the card last changed: added, missed again or reviewed (ISO 8601). The later change wins when two tabs merge. */
	updated: string;
	/** When it is next due (ISO 8601); a new or missed-again card is due at once. */
	due: string;
	/** FSRS stability: days until recall falls to 90 %; 0 for a card never reviewed. */
	stability: number;
	/** FSRS difficulty, 1–10; 0 for a card never reviewed. */
	difficulty: number;
	/** How many times it was reviewed. */
	reps: number;
	/** How many times it was forgotten (rated Again) after being learned. */
	lapses: number;
	/** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
	state: number;
	/** The (re)learning step it is at. */
	steps: number;
	/** Days between the last review and `due`. */
	scheduled: number;
	/** When it was last reviewed (ISO 8601); missing until the first review. */
	last?: string;
}

/** A module check (`<Check>`) as last answered. */
export interface CheckAnswer {
	/** The option ids chosen. */
	chosen: string[];
	/** How the answer stood: every right option and no wrong one, some, or none. */
	verdict: 'right' | 'partly' | 'wrong';
	/** When it was answered (ISO 8601). */
	date: string;
}

/**
 * Everything the site keeps about a learner, on their device only. Versioned so a later format
 * can migrate older records; data failing these checks is kept aside as a backup, never
 * silently dropped (see `store.ts`).
 */
export interface ProgressRecord {
	/** Format version of this record: 2 since review cards (a version 1 record is migrated on reading, `migrateV1`). */
	version: 2;
	/** Quizzes by quiz id. */
	quizzes: Record<string, QuizProgress>;
	/** Role-plays by scenario id. */
	roleplays: Record<string, RoleplayProgress>;
	/** Modules read, by `<track>/<slug>`, with when. */
	modulesRead: Record<string, string>;
	/** Assignments received, by assignment id. */
	assignments: Record<string, ReceivedAssignment>;
	/** The call-prep sheet being written; missing means none (records from before the tools stay valid). */
	prepSheet?: PrepSheet;
	/** Shift check-ins, oldest first, at most `CHECK_IN_LIMITS.count`; missing means none. */
	checkIns?: CheckIn[];
	/**
	 * When "Delete all" last removed the check-ins (ISO 8601): check-ins dated before it stay
	 * deleted even if a tab that had not seen the deletion still holds them (`merge.ts`).
	 */
	checkInsCleared?: string;
	/** Module checks as last answered, by `<track>/<slug>:<check id>`; missing means none. */
	checks?: Record<string, CheckAnswer>;
	/** Review cards by card id; missing means none. At most `REVIEW_LIMITS.cards` (`compact.ts`). */
	cards?: Record<string, ReviewCard>;
	/** The days (learner's calendar, YYYY-MM-DD) with at least one review, oldest first, at most `REVIEW_LIMITS.days`: the review streak. */
	reviewDays?: string[];
	/**
	 * When this record began (ISO 8601 plus a random tag): "Delete everything" and an import start
	 * a new one, and a record of an earlier epoch never merges into it, so deleted progress cannot
	 * come back from another tab. Missing means the first epoch.
	 */
	epoch?: string;
}

export const CURRENT_VERSION = 2;

/** How many review cards and review days a device keeps (`compact.ts` drops the oldest). */
export const REVIEW_LIMITS = { cards: 1000, days: 400 } as const;

export function emptyRecord(): ProgressRecord {
	return { version: 2, quizzes: {}, roleplays: {}, modulesRead: {}, assignments: {} };
}

const timestamp = text(40, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const share = number(0, 1);
const count = number(0, 100_000, true);

const attemptMode = (value: unknown, path: string) =>
	value === 'practice' || value === 'assessment' ? value : fail(path, 'practice or assessment');
const attemptNumber = number(1, 100_000, true);
const itemKey = text(130, /^[mqrp]:[a-z0-9/-]+$/);
const quizResult = object<QuizResult>({
	score: share,
	passed: boolean,
	date: timestamp,
	attempt: optional(attemptNumber),
	mode: optional(attemptMode),
	missed: (value, path) => listOf(contentId, 100)(value, path),
});
const quizProgress = object<QuizProgress>({
	best: optional(quizResult),
	assessment: optional(quizResult),
	revealed: optional(boolean),
	last: optional(quizResult),
	attempts: count,
	current: optional(
		object<NonNullable<QuizProgress['current']>>({
			seed: number(0, 2 ** 32 - 1, true),
			answers: (value, path) => (isObject(value) ? value : fail(path, 'an object')),
		}),
	),
});
const roleplayResult = object<RoleplayResult>({
	shares: recordOf(share, text(30)),
	overall: share,
	outcome: text(30),
	mode: attemptMode,
	date: timestamp,
	attempt: optional(attemptNumber),
	path: (value, path) => listOf(text(120, /^!?[a-z0-9-]+\.[a-z0-9-]+$/), 300)(value, path),
});
/**
 * A scenario's results. Records written before practice and assessment were kept apart hold one
 * `best` of either mode: it moves to its own mode's slot, so no result is lost or promoted.
 */
const roleplayProgress: Check<RoleplayProgress> = (value, path) => {
	const { best, ...checked } = object<RoleplayProgress & { best?: RoleplayResult }>({
		practice: optional(roleplayResult),
		assessment: optional(roleplayResult),
		best: optional(roleplayResult),
		last: roleplayResult,
		plays: count,
	})(value, path);
	if (best) checked[best.mode] ??= best;
	return checked;
};
const receivedAssignment = object<ReceivedAssignment>({
	fragment: text(4096),
	title: text(80),
	received: timestamp,
	name: optional(text(60)),
	passMark: optional(number(0, 100, true)),
	assessment: optional(boolean),
	items: (value, path) => listOf(itemKey, 60)(value, path),
	paths: optional(recordOf((value, path) => listOf(itemKey, 60)(value, path) ?? [], text(130, /^p:[a-z0-9-]+$/))),
});

/** A list of at most `max` items; missing means none. */
const listOf =
	<T>(check: Check<T>, max: number): Check<T[] | undefined> =>
	(value, path) =>
		value === undefined
			? undefined
			: Array.isArray(value) && value.length <= max
				? value.map((item, i) => check(item, `${path}.${i}`))
				: fail(path, `a list of at most ${max} entries`);
// Every sheet field is text within its limit (built from the limits: this code ships in every island).
const sheetFields = Object.fromEntries(Object.entries(PREP_SHEET_LIMITS).map(([field, max]) => [field, text(max)]));
const prepSheet = object<PrepSheet>({
	...(sheetFields as Record<keyof typeof PREP_SHEET_LIMITS, Check<string>>),
	updated: timestamp,
	times: optional(
		object<NonNullable<PrepSheet['times']>>(
			Object.fromEntries(Object.keys(PREP_SHEET_LIMITS).map((field) => [field, optional(timestamp)])) as never,
		),
	),
});
const checkIn = object<CheckIn>({
	date: timestamp,
	weight: number(1, 5, true),
	good: (value, path) =>
		Array.isArray(value) && value.length === 3
			? (listOf(text(CHECK_IN_LIMITS.good), 3)(value, path) as CheckIn['good'])
			: fail(path, 'a list of 3 texts'),
	note: optional(text(CHECK_IN_LIMITS.note)),
});

const reviewCard = object<ReviewCard>({
	added: timestamp,
	updated: timestamp,
	due: timestamp,
	stability: number(0, 1e6),
	difficulty: number(0, 10),
	reps: count,
	lapses: count,
	state: number(0, 3, true),
	steps: number(0, 100, true),
	scheduled: number(0, 1e5, true),
	last: optional(timestamp),
});
const checkAnswer = object<CheckAnswer>({
	chosen: (value, path) => listOf(contentId, 20)(value, path) ?? [],
	verdict: (value, path) => (value === 'right' || value === 'partly' || value === 'wrong' ? value : fail(path, 'right, partly or wrong')),
	date: timestamp,
});

/**
 * A version 1 record (before review cards) as version 2: what the learner missed before cards
 * existed becomes cards, due at once — each quiz result's missed questions and each role-play
 * call's costly turns — so nothing learned from a miss waits for the next miss.
 */
export function migrateV1(record: StoredRecord): ProgressRecord {
	const cards: Record<string, ReviewCard> = {};
	const add = (id: string, date: string) => {
		const known = cards[id];
		if (!known || date < known.added) cards[id] = newCard(date);
	};
	for (const [quizId, quiz] of Object.entries(record.quizzes))
		for (const result of [quiz.assessment, quiz.best, quiz.last])
			if (result) for (const question of result.missed ?? []) add(quizCardId(quizId, question), result.date);
	for (const [scenarioId, roleplay] of Object.entries(record.roleplays))
		for (const result of [roleplay.assessment, roleplay.practice, roleplay.last])
			if (result) for (const id of costlyTurnIds(scenarioId, result.path)) add(id, result.date);
	return { ...record, version: 2, ...(Object.keys(cards).length ? { cards } : {}) };
}

/** A card for something just missed: due at once, nothing learned yet. */
export function newCard(date: string): ReviewCard {
	return { added: date, updated: date, due: date, stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 0, steps: 0, scheduled: 0 };
}

/** A review card's id: `quiz:<quiz>/<question>`, `check:<track>/<slug>/<check>` or `turn:<scenario>/<node>`. */
const cardId = text(200, /^(quiz|check|turn):[a-z0-9][a-z0-9/-]*$/);

/** Checks unknown data (from storage or an imported file) and returns a clean record, or throws `ProgressShapeError`. */
export const checkRecord: (value: unknown) => ProgressRecord = (value) => {
	const checked = checkFields(value);
	return checked.version === 1 ? migrateV1(checked) : (checked as ProgressRecord);
};

/** A record as stored: either version, before migration. */
type StoredRecord = Omit<ProgressRecord, 'version'> & { version: 1 | 2 };

const checkFields: (value: unknown) => StoredRecord = (value) =>
	object<StoredRecord>({
		version: (v, path) => (v === 1 || v === 2 ? v : fail(path, 'version 1 or 2')),
		quizzes: recordOf(quizProgress),
		roleplays: recordOf(roleplayProgress),
		modulesRead: recordOf(timestamp),
		assignments: recordOf(receivedAssignment, text(16, /^[a-z0-9]+$/)),
		prepSheet: optional(prepSheet),
		checkIns: listOf(checkIn, CHECK_IN_LIMITS.count),
		checkInsCleared: optional(timestamp),
		checks: optional(recordOf(checkAnswer, text(200, /^[a-z0-9-]+\/[a-z0-9-]+:[a-z0-9-]+$/))),
		cards: optional(recordOf(reviewCard, cardId)),
		reviewDays: (value, path) => listOf(text(10, /^\d{4}-\d\d-\d\d$/), REVIEW_LIMITS.days + 10)(value, path),
		epoch: optional(text(60, /^\d{4}-\d\d-\d\dT[\d:.]+Z~[a-z0-9]+$/)),
	})(value, 'progress');
